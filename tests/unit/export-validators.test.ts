import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { main as markdownlint } from 'markdownlint-cli2';
import { describe, expect, it } from 'vitest';
import { fixturePlan } from './export-fixture';
import { hostilePlan, renderPlan, richPlan } from './export-hostile-fixture';

const htmlValidate = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));

/** html-validate's findings as "rule: message (line)", empty when the page is valid. */
async function htmlProblems(html: string): Promise<string[]> {
  const report = await htmlValidate.validateString(html, 'portfolio.html');
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
}

/**
 * markdownlint-cli2 as the command line runs it, on the text instead of a file: default rules but
 * line length (MD013, issue 15). Run in an empty folder so no repository config changes the rules.
 */
async function markdownProblems(markdown: string): Promise<string[]> {
  const problems: string[] = [];
  const code = await markdownlint({
    directory: mkdtempSync(join(tmpdir(), 'mdlint-')),
    argv: [],
    nonFileContents: { 'portfolio.md': markdown },
    optionsOverride: { config: { default: true, MD013: false } },
    noImport: true,
    logMessage: () => undefined,
    logError: (line: string) => problems.push(line),
  });
  expect(code === 0).toBe(problems.length === 0);
  return problems;
}

describe('exported HTML passes html-validate (recommended)', () => {
  it('reports the faults issue 15 found, so a clean report means something', async () => {
    const old = '<!doctype html>\n<html lang="en"><head><title>x</title></head><body><main><ul aria-label="Stack"><li style="color: red">a</li></ul></main></body></html>\n';
    const rules = (await htmlProblems(old)).map((p) => p.split(':')[0]);
    expect(rules).toEqual(expect.arrayContaining(['doctype-style', 'aria-label-misuse', 'no-inline-style']));
    const longTitle = old.replace('<title>x</title>', `<title>${'x'.repeat(71)}</title>`);
    expect((await htmlProblems(longTitle)).map((p) => p.split(':')[0])).toContain('long-title');
  });

  it('the fixed plan (four projects, progress, notes, links)', async () => {
    expect(await htmlProblems(renderPlan(fixturePlan()).html)).toEqual([]);
  });

  it('a rich plan: ten projects, a repository address with escapes, notes with addresses, backticks', async () => {
    expect(await htmlProblems(renderPlan(richPlan()).html)).toEqual([]);
  });

  it('a plan full of hostile text: <script>, ](javascript:…), | pipes |, backticks, emoji, right-to-left, tabs, trailing spaces', async () => {
    const { html } = renderPlan(hostilePlan());
    expect(await htmlProblems(html)).toEqual([]);
  });
});

describe('exported Markdown passes markdownlint-cli2 (default rules but line length)', () => {
  it('reports the faults issue 15 found, so a clean report means something', async () => {
    const problems = await markdownProblems('# Ada\n\n_Python developer in training_\n\nSee https://example.com\n');
    expect(problems.join('\n')).toMatch(/MD036/);
    expect(problems.join('\n')).toMatch(/MD034/);
  });

  it('the fixed plan (four projects, progress, notes, links)', async () => {
    expect(await markdownProblems(renderPlan(fixturePlan()).md)).toEqual([]);
  });

  it('a rich plan: ten projects, a repository address with escapes, notes with addresses, backticks', async () => {
    expect(await markdownProblems(renderPlan(richPlan()).md)).toEqual([]);
  });

  it('a plan full of hostile text: <script>, ](javascript:…), | pipes |, backticks, emoji, right-to-left, tabs, trailing spaces', async () => {
    expect(await markdownProblems(renderPlan(hostilePlan()).md)).toEqual([]);
  });
});

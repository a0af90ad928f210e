import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/shared/export/html';
import { renderMarkdown } from '../../src/shared/export/markdown';
import { buildPortfolioModel } from '../../src/shared/export/portfolio-model';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { curriculum, fixturePlan, TODAY } from './export-fixture';

const GOLDEN = join(import.meta.dirname, 'golden');

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it (then read the diff by eye). */
function expectGolden(name: string, actual: string) {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const render = (plan: Plan) => {
  const model = buildPortfolioModel(curriculum, PlanSchema.parse(plan), plan.settings.portfolio, TODAY);
  return { model, md: renderMarkdown(model), html: renderHtml(model) };
};

const EVIL = '<script>alert("x")</script> & \'quoted\' "double" ](javascript:alert(1)) [link](https://evil.example) 🚀 *bold* _em_ `tick` # hash | pipe <img src=x onerror=alert(1)>';

function hostilePlan(): Plan {
  const plan = fixturePlan();
  plan.settings.profile.name = EVIL.slice(0, 120);
  plan.settings.profile.headline = EVIL;
  plan.settings.profile.links = [{ label: '](javascript:alert(1)) <b>', url: 'https://example.com/a(b)c"d\'e<f>' }];
  plan.projects['library-management-system']!.notes = `${EVIL}\n# not a heading\n- not a list\n1. not ordered\n> not quoted\n\n${'long note 🙂 '.repeat(800)}`.slice(0, 20_000);
  plan.steps['library-management-system--step-1']!.title = '</li><script>x</script> [a](javascript:x) 🎉';
  return plan;
}

/** Every absolute URL in the text, as written. */
const urlsIn = (text: string) => [...text.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/gi)].map((m) => m[0]);

describe('portfolio renderers', () => {
  it('match the golden Markdown and HTML for a fixed plan', () => {
    const { md, html } = render(fixturePlan());
    expectGolden('portfolio.md', md);
    expectGolden('portfolio.html', html);
  });

  it('show each included project with its name, stack, steps, repository and dates', () => {
    const { md, html } = render(fixturePlan());
    for (const text of [md, html]) {
      expect(text).toContain('Library Management System');
      expect(text).toContain('Started 2026-02-02 · Finished 2026-03-01');
      expect(text).toContain('Weather Forecast API');
    }
    // Audit s6 fault 13: a field with its count as the value, as Stack and Repository are.
    expect(md).toContain('- **Steps done:** 3 of 3');
    expect(html).toContain('<span class="label">Steps done:</span> 3 of 3');
    expect(md).toContain('- **Repository:** [github.com/ada-example/library](https://github.com/ada-example/library)');
    expect(html).toContain('<a href="https://github.com/ada-example/library" rel="noopener noreferrer">github.com/ada-example/library</a>');
  });

  it('escape hostile strings in HTML: no script, no new tags or attributes, no foreign links', () => {
    const { html } = render(hostilePlan());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/);
    expect(html).not.toMatch(/javascript:alert\(1\)"|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(html).toContain('🚀');
    expect(html).toContain('long note 🙂 '.repeat(50));
    // The only URLs are the user's own: their link (its quote percent-encoded), their repository,
    // and the http(s) address they typed into their notes, linked and shown as typed (issue 15:
    // the same link rule as the Markdown export).
    expect([...new Set(urlsIn(html))].sort()).toEqual(
      ['https://example.com/a%28b%29c%22d%27e%3Cf%3E', 'https://github.com/ada-example/library', 'https://evil.example', 'https://evil.example/'].sort(),
    );
    expect(html).toContain('<a href="https://evil.example/" rel="noopener noreferrer">https://evil.example</a>');
    expect(html.match(/href="/g)).toHaveLength(3);
  });

  it('escape hostile strings in Markdown: no raw HTML, no injected links, no block markup from notes', () => {
    const { md } = render(hostilePlan());
    expect(md).not.toMatch(/(^|[^\\])<(script|img|\/li|b>)/im);
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/im);
    expect(md).not.toMatch(/(^|[^\\])\[link\]/);
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> & \'quoted\'');
    expect(md).toContain('[\\](javascript:alert(1)) \\<b\\>](https://example.com/a%28b%29c%22d%27e%3Cf%3E)');
    // Note lines are quoted and cannot start a heading, list or nested quote.
    expect(md).toContain('> \\# not a heading  \n> \\- not a list  \n> 1\\. not ordered  \n> \\> not quoted\n>\n> long note');
    expect(md).toContain('🎉');
    // The only link destinations are the user's: profile link, repository, the address in the notes.
    const destinations = [...md.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]);
    expect(destinations).toEqual(['https://example.com/a%28b%29c%22d%27e%3Cf%3E', 'https://github.com/ada-example/library', 'https://evil.example/']);
    expect(md).toContain('\\[link\\]([https\\://evil.example](https://evil.example/))');
  });

  it('contain no scripts and no external URL but the user\'s own links', () => {
    const { html, model } = render(fixturePlan());
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
    const own = new Set([...model.links.map((l) => l.url), ...model.projects.flatMap((p) => (p.repoUrl ? [p.repoUrl] : []))]);
    expect(urlsIn(html).length).toBeGreaterThan(0);
    for (const url of urlsIn(html)) expect(own.has(url)).toBe(true);
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
  });

  it('render an empty portfolio with a helpful line instead of an empty section', () => {
    const plan = fixturePlan();
    for (const [col, ids] of Object.entries(plan.board.projects)) {
      if (col !== 'backlog') {
        plan.board.projects['backlog']!.push(...ids);
        plan.board.projects[col] = [];
      }
    }
    const { md, html, model } = render(plan);
    expect(model.projects).toEqual([]);
    expect(md).toContain('No projects to show yet');
    expect(html).toContain('No projects to show yet');
  });
});

// @vitest-environment happy-dom
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { builtinStepId } from '../../src/shared/default-plan';
import { pageTitle, TITLE_MAX } from '../../src/shared/export/html';
import { headingText } from '../../src/shared/export/markdown';
import { linkParts, readableUrl } from '../../src/shared/export/text-links';
import type { Plan } from '../../src/shared/plan-schema';
import { curriculum, fixturePlan } from './export-fixture';
import { renderPlan } from './export-hostile-fixture';

/** The Markdown export as GitHub shows it: CommonMark + GFM (autolink literals, tables) to HTML. */
const asGitHub = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const parse = (html: string) => {
  const doc = document.implementation.createHTMLDocument('x');
  doc.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return doc;
};

/** Every link of a page: [text, href], in document order. */
const links = (html: string) => [...parse(html).querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);

/** The text a reader sees in the innermost element matching `selector` that contains `marker`. */
const textOf = (html: string, selector: string, marker: string) =>
  [...parse(html).querySelectorAll(selector)]
    .map((e) => (e.textContent ?? '').trim())
    .filter((t) => t.includes(marker))
    .sort((a, b) => a.length - b.length)[0];

const withNotes = (notes: string): Plan => {
  const plan = fixturePlan();
  plan.projects['library-management-system']!.notes = notes;
  return plan;
};

const NOTES = [
  'Docs at https://docs.python.org/3/library/re.html (groups) and https://example.com/a_(b)_c. Look!https://img.example and C:\\!https://img2.example',
  'Not links: www.example.com, me@example.com, mailto:me@example.com, ftp://files.example,',
  'javascript:alert(1), //evil.example, https://user:pw@evil.example and [text](https://md.example).',
].join('\n');

describe('links in exports: one rule for Markdown and HTML (issue 15)', () => {
  it("notes' http(s) addresses are links in both formats, shown as typed; nothing else becomes a link", () => {
    const { md, html } = renderPlan(withNotes(NOTES));
    const profile = [['GitHub', 'https://github.com/ada-example'], ['LinkedIn', 'https://www.linkedin.com/in/ada-example/']];
    const repo = [['github.com/ada-example/library', 'https://github.com/ada-example/library']];
    const notes = [
      ['https://docs.python.org/3/library/re.html', 'https://docs.python.org/3/library/re.html'],
      ['https://example.com/a_(b)_c', 'https://example.com/a_%28b%29_c'],
      ['https://img.example', 'https://img.example/'],
      ['https://img2.example', 'https://img2.example/'],
      ['https://md.example', 'https://md.example/'],
    ];
    expect(links(html)).toEqual([...profile, ...repo, ...notes]);
    // GitHub's reading of the Markdown has exactly the same links: no autolinked www., e-mail,
    // mailto:, ftp:, credentials or javascript: address.
    expect(links(asGitHub(md))).toEqual([...profile, ...repo, ...notes]);
    // ...and the refused addresses are still there as text, in both.
    // "Look!" before an address stays text: no image.
    expect(parse(asGitHub(md)).querySelector('img')).toBeNull();
    expect(textOf(asGitHub(md), 'p', 'Docs at')).toContain('Look!https://img.example');
    for (const text of ['www.example.com', 'me@example.com', 'mailto:me@example.com', 'ftp://files.example', 'javascript:alert(1)', 'https://user:pw@evil.example', '[text](']) {
      expect(textOf(html, 'blockquote', 'Not links')).toContain(text);
      expect(textOf(asGitHub(md), 'blockquote', 'Not links')).toContain(text);
    }
  });

  it('addresses typed anywhere else (name, headline, step titles) stay text in both formats', () => {
    const plan = fixturePlan();
    plan.settings.profile.headline = 'Blog: https://blog.example and www.blog.example, mail me@example.com';
    plan.steps[builtinStepId('library-management-system', 0)]!.title = 'Read https://flask.palletsprojects.com first';
    const { md, html } = renderPlan(plan);
    expect(links(html).map((l) => l[1])).not.toContain('https://blog.example/');
    expect(links(asGitHub(md))).toEqual(links(html));
    expect(textOf(asGitHub(md), 'p', 'Blog:')).toBe(plan.settings.profile.headline);
    expect(textOf(asGitHub(md), 'li', 'Read https')).toBe('Read https://flask.palletsprojects.com first');
  });

  it('linkParts gives back the text unchanged and gates every href', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(' https://a.example/x(y) ', 'http://u:p@b.example', 'https://c.example/?q=<1>', 'www.d.example'))), (pieces) => {
        const text = pieces.join('');
        const parts = linkParts(text);
        expect(parts.map((p) => p.text).join('')).toBe(text);
        for (const p of parts) if (p.href) expect(p.href).toMatch(/^https?:\/\/[^\s"'<>()]+$/);
      }),
    );
  });
});

describe('user text reads exactly as typed in both formats (issue 15)', () => {
  it('a backtick in a step title is kept: ``double`` keeps its backticks', () => {
    const plan = fixturePlan();
    const title = 'Use ``double`` and `single` and ``` and a lone ` tick';
    plan.steps[builtinStepId('library-management-system', 0)]!.title = title;
    const { md, html } = renderPlan(plan);
    expect(textOf(html, 'li', 'double')).toBe(title);
    expect(textOf(asGitHub(md), 'li', 'double')).toBe(title);
    expect(html).not.toContain('<code>double</code>');
  });

  it('any step title, name or note line renders to exactly its text (property, read back by a GFM parser)', () => {
    // Any characters, and markup-dense ASCII (backticks, brackets, entities, autolink bait).
    const markup = fc.constantFrom(...'`*_[]()<>|~$#&;:@!\\-+=.1 aw/hHtTpPsS'.split(''), 'https://', 'www.', '&amp;', '1. ', '- ', '> ');
    const typed = fc
      .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), fc.string({ unit: markup, minLength: 1, maxLength: 30 }))
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(typed, typed, (title, note) => {
        const plan = fixturePlan();
        plan.steps[builtinStepId('library-management-system', 0)]!.title = `«${title}»`;
        plan.projects['library-management-system']!.notes = `«${note}»`;
        const { md, html } = renderPlan(plan);
        for (const page of [html, asGitHub(md)]) {
          expect(textOf(page, 'li', '«')).toBe(`«${title}»`);
          expect(textOf(page, 'blockquote', '«')).toBe(`«${note}»`);
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('the roadmap\'s own `code` spans stay code in the skills section', () => {
    const plan = fixturePlan();
    const week = curriculum.weeks.findIndex((w) => w.goals.some((g) => g.includes('`try`')));
    plan.weeks[week]!.status = 'done';
    plan.weeks[week]!.goalsDone = plan.weeks[week]!.goalsDone.map(() => '2026-02-01');
    const { md, html } = renderPlan(plan);
    expect(html).toContain('<code>try</code>');
    expect(asGitHub(md)).toContain('<code>try</code>');
  });
});

describe('readable repository labels (issue 15)', () => {
  it.each([
    ['https://github.com/me/app%20(v2)', 'github.com/me/app (v2)'],
    ['https://github.com/me/app%28v2%29/', 'github.com/me/app(v2)'],
    ['https://github.com/me/caf%C3%A9', 'github.com/me/café'],
    ['HTTP://github.com/me/app', 'github.com/me/app'],
    // Invisible or line-breaking characters stay escaped, so a label cannot hide where it goes.
    ['https://example.com/%E2%80%AEevil%0Aline', 'example.com/%E2%80%AEevil%0Aline'],
    ['https://example.com/bad%ZZ%E2', 'example.com/bad%ZZ%E2'],
  ])('%s reads as %s', (url, label) => {
    expect(readableUrl(url)).toBe(label);
  });

  it('the export shows the readable label and links to the encoded address, in both formats', () => {
    const plan = fixturePlan();
    plan.projects['library-management-system']!.repoUrl = 'https://github.com/ada-example/library (v2)';
    const { md, html } = renderPlan(plan);
    const expected = ['github.com/ada-example/library (v2)', 'https://github.com/ada-example/library%20%28v2%29'];
    expect(links(html)).toContainEqual(expected);
    expect(links(asGitHub(md))).toContainEqual(expected);
    expect(md).not.toContain('[github.com/ada-example/library%20%28v2%29]');
  });
});

describe('headings ending in punctuation (markdownlint MD026) read as typed', () => {
  it.each([
    ['Scrape it all!', 'Scrape it all&#33;'],
    ['Chat: v2.', 'Chat: v2&#46;'],
    ['1.', '1&#46;'],
    ['Ends with a backslash \\!', 'Ends with a backslash \\\\&#33;'],
    ['No mark', 'No mark'],
  ])('%s', (name, heading) => {
    expect(headingText(name)).toBe(heading);
    const plan = fixturePlan();
    plan.projects['library-management-system']!.text = { name };
    const { md } = renderPlan(plan);
    expect(md).toContain(`### ${heading}\n`);
    expect(textOf(asGitHub(md), 'h3', name.slice(0, -1))).toBe(name);
  });
});

describe('page title (html-validate long-title)', () => {
  it('a long name is shortened in <title> only, within 70 characters, never splitting an emoji', () => {
    const plan = fixturePlan();
    plan.settings.profile.name = `${'Ada 👩🏽‍💻 '.repeat(12)}<Lovelace>`;
    const { html } = renderPlan(plan);
    const title = /<title>(.*)<\/title>/.exec(html)![1]!;
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title.endsWith('… — Portfolio')).toBe(true);
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(textOf(html, 'h1', 'Ada')).toBe(plan.settings.profile.name);
    expect(pageTitle('Ada Lovelace — Portfolio')).toBe('Ada Lovelace — Portfolio');
  });
});

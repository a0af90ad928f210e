import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdownInline, markdownLink, markdownQuote, markdownWithCode, safeHttpUrl } from '../../src/shared/export/escape';

describe('export escaping', () => {
  it('lets only absolute http(s) URLs without credentials through', () => {
    expect(safeHttpUrl('https://github.com/me/app')).toBe('https://github.com/me/app');
    expect(safeHttpUrl(' http://example.com ')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '//evil.example', 'mailto:a@b.c', 'https://u:p@example.com', 'not a url', '']) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
    // Characters that would end a Markdown link or an HTML attribute are percent-encoded.
    expect(safeHttpUrl('https://example.com/a b(c)"d\'<e>')).toBe('https://example.com/a%20b%28c%29%22d%27%3Ce%3E');
  });

  it('escapes Markdown so user text stays literal text', () => {
    expect(escapeMarkdownInline('# Title')).toBe('\\# Title');
    expect(escapeMarkdownInline('- item')).toBe('\\- item');
    expect(escapeMarkdownInline('  1. first')).toBe('  1\\. first');
    expect(escapeMarkdownInline('> quote')).toBe('\\> quote');
    expect(escapeMarkdownInline('a *b* _c_ `d` [e](f) <g> | ~h~ $x$')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\| \\~h\\~ \\$x\\$');
    expect(escapeMarkdownInline('Q&A &amp; &#60;')).toBe('Q&A \\&amp; \\&\\#60;');
    expect(escapeMarkdownInline('line one\nline two')).toBe('line one line two');
    expect(escapeMarkdownInline('C:\\path')).toBe('C:\\\\path');
  });

  it('quotes multi-line notes line by line', () => {
    // Two trailing spaces keep the user's line breaks; indentation cannot start a code block.
    expect(markdownQuote('one\n\n# two\r\n      - three')).toBe('> one\n>\n> \\# two  \n> \\- three');
  });

  it('builds links only to safe URLs and escapes their labels', () => {
    expect(markdownLink('My [site]', 'https://example.com/x_(y)')).toBe('[My \\[site\\]](https://example.com/x_%28y%29)');
    expect(markdownLink('click', 'javascript:alert(1)')).toBe('click');
  });

  it('leaves snake_case and C# readable, since they cannot become markup', () => {
    expect(escapeMarkdownInline('use snake_case_names in C# and _this_ #1')).toBe('use snake_case_names in C# and \\_this\\_ \\#1');
  });

  it('keeps roadmap code spans as code', () => {
    expect(markdownWithCode('Use `sqlite3` and *ORMs*')).toBe('Use `sqlite3` and \\*ORMs\\*');
  });

  it('never lets a tag or a quote through HTML escaping', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = escapeHtml(text);
        expect(out).not.toMatch(/[<>"']/);
      }),
    );
  });

  it('never lets an unescaped Markdown control character through', () => {
    // Reads the output as CommonMark does: a backslash escapes the next character.
    const unescaped = (out: string) => {
      const found: string[] = [];
      const word = (c: string | undefined) => /[\p{L}\p{N}]/u.test(c ?? '');
      for (let i = 0; i < out.length; i++) {
        const c = out[i]!;
        if (c === '\\') i++;
        // Intraword underscores and a # after a letter are inert in CommonMark.
        else if (c === '_' && word(out[i - 1]) && word(out[i + 1])) continue;
        else if (c === '#' && word(out[i - 1])) continue;
        else if ('<>[]`*_|~$#'.includes(c)) found.push(c);
      }
      return found;
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(unescaped(escapeMarkdownInline(text))).toEqual([]);
      }),
    );
  });
});

import escapeHtmlText from 'escape-html';
import { safeHttpUrl } from './safe-url';

/** Escapes text for HTML element content and quoted attribute values (& < > " '). */
export const escapeHtml = (text: string): string => escapeHtmlText(text);

export { safeHttpUrl };

// Characters that change meaning anywhere in a CommonMark/GFM line. `.`, `-`, `+`, `(` and `)` are
// only special at a line start or right after `]`, so they are handled separately to keep the
// Markdown readable as plain text.
// `&` only matters when it would start an entity; `!` only before `[`, which is always escaped.
// The last three stop GitHub's autolink literals (`https://…`, `www.…`, `me@example.com`): an
// address in user text is linked only where the export decides to, through the URL gate.
const INLINE_SPECIAL = /[\\`*_[\]<>|~$#]|&(?=#?[a-z0-9]+;)|:(?=\/\/)|@(?=[\p{L}\p{N}])|(?<=www)\./giu;
const BLOCK_START = /^(\s*)([-+=>]|\d+[.)])/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Escapes one line of user text so it renders literally in Markdown (no markup, no HTML, no links). */
export function escapeMarkdownInline(text: string): string {
  // Tabs read as spaces in Markdown anyway; left in, they break the hard-tab lint rule.
  const flat = text.replace(/\r\n?|\n|\t/g, ' ');
  const escaped = flat.replace(INLINE_SPECIAL, (c: string, at: number) => {
    // An underscore inside a word (snake_case) can never open or close emphasis, and a `#` after a
    // letter (C#) is neither a heading nor a reference: left as typed, the text stays readable.
    const before = flat[at - 1] ?? '';
    if (c === '_' && WORD_CHAR.test(before) && WORD_CHAR.test(flat[at + 1] ?? '')) return c;
    if (c === '#' && WORD_CHAR.test(before)) return c;
    return `\\${c}`;
  });
  return escaped.replace(BLOCK_START, (_m, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}

/**
 * Multi-line user text as a Markdown blockquote: each line escaped, its indentation dropped (four
 * spaces would start a code block) and ended with a hard break (two spaces, invisible as plain
 * text) so GitHub keeps the user's line breaks; blank lines stay paragraph breaks.
 */
export function markdownQuote(text: string, inline: (line: string) => string = escapeMarkdownInline): string {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n').map((line) => line.trim());
  return lines
    .map((line, i) => {
      if (line === '') return '>';
      const hardBreak = lines[i + 1] ? '  ' : '';
      return `> ${inline(line)}${hardBreak}`;
    })
    .join('\n');
}

/** `[label](url)` with the label escaped and the URL gated; plain label text when the URL is unsafe. */
export function markdownLink(label: string, rawUrl: string): string {
  const url = safeHttpUrl(rawUrl);
  const text = escapeMarkdownInline(label);
  return url ? `[${text}](${url})` : text;
}

/**
 * Roadmap text marks code with backticks ("Use `sqlite3`"). Splitting on them, exactly as the
 * app's InlineCode component does, lets every format show the same code spans.
 */
export const codeParts = (text: string): Array<{ code: boolean; text: string }> =>
  text.split('`').map((part, i) => ({ code: i % 2 === 1, text: part }));

/** Inline text with code spans kept as Markdown code spans (their content is literal there). */
export const markdownWithCode = (text: string): string =>
  codeParts(text.replace(/\r\n?|\n/g, ' '))
    .map((p) => (p.code ? (p.text.trim() ? `\`${p.text}\`` : '') : escapeMarkdownInline(p.text)))
    .join('');

/** Inline text with code spans as <code>, everything escaped. */
export const htmlWithCode = (text: string): string =>
  codeParts(text)
    .map((p) => (p.code ? (p.text.trim() ? `<code>${escapeHtml(p.text)}</code>` : '') : escapeHtml(p.text)))
    .join('');

import LinkifyIt from 'linkify-it';
import { safeHttpUrl } from './safe-url';

/**
 * Finds URLs the learner typed into free text (project notes). Only explicit `http://` and
 * `https://` addresses count: no "www." or e-mail guessing, no `ftp:`, `mailto:` or `//` links —
 * the same rule as every other link in the export (issue 15: "only http(s) links, or none").
 */
const finder = new LinkifyIt({}, { fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
finder.add('ftp:', null).add('//', null).add('mailto:', null);

/** A piece of free text: plain text, or a link whose `href` already passed `safeHttpUrl`. */
export type TextPart = { text: string; href: null } | { text: string; href: string };

/**
 * Splits text into plain runs and links, for Markdown and HTML alike so both link exactly the
 * same addresses. A link's `text` is the address as typed (readable, e.g. with its parentheses);
 * its `href` is the gated, normalised URL. An address the gate refuses (credentials in it) stays
 * plain text. Concatenating the parts' `text` gives back the input unchanged.
 */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  const plain = (s: string) => {
    if (!s) return;
    const last = parts[parts.length - 1];
    if (last && last.href === null) last.text += s;
    else parts.push({ text: s, href: null });
  };
  for (const match of finder.match(text) ?? []) {
    plain(text.slice(at, match.index));
    const typed = text.slice(match.index, match.lastIndex);
    const href = safeHttpUrl(typed);
    if (href) parts.push({ text: typed, href });
    else plain(typed);
    at = match.lastIndex;
  }
  plain(text.slice(at));
  return parts;
}

// Kept in its own file so the renderer's labels (repoLabel) do not carry linkify-it.
export { readableUrl } from './readable-url';

/**
 * The one gate every exported link passes: only absolute http(s) URLs without credentials, in
 * their normalised form (which percent-encodes spaces, quotes and angle brackets). Anything else —
 * `javascript:`, `data:`, relative paths, garbage — yields null and is left out of the export.
 * In a file of its own (escape.ts re-exports it): the renderer checks links with it, and importing
 * it from escape.ts brought escape-html, which only main's HTML export uses, into the renderer
 * bundle (a CommonJS module is kept whole even when nothing calls it; s7size).
 */
export function safeHttpUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  // Parentheses and single quotes are legal in URLs but end a Markdown link destination early.
  return url.href.replace(/[()']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// Characters that would make a label lie about where a link goes or break the line: controls,
// bidi overrides and other invisible format characters, and any whitespace but a plain space.
const UNSAFE_IN_LABEL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|[^\S ]/gu;

/**
 * A URL as a person reads it: "github.com/me/app (v2)" for `https://github.com/me/app%20(v2)/`.
 * Drops the scheme and a trailing slash and decodes percent-escapes that decode to visible
 * text; escapes for invisible or control characters (and malformed ones) stay as they are.
 */
export function readableUrl(url: string): string {
  const bare = url.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');
  // Runs of escapes are decoded together so multi-byte UTF-8 characters come back whole.
  return bare.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(run);
    } catch {
      return run;
    }
    return decoded.replace(UNSAFE_IN_LABEL, (c) => encodeURIComponent(c));
  });
}

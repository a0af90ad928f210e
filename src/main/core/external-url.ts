const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/**
 * Whether a URL may be handed to the OS (`shell.openExternal`). Parsed with the URL API, never
 * matched as text, so `javascript:`, `file:` and odd spellings of them are refused.
 */
export function isSafeExternalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!ALLOWED.has(url.protocol)) return false;
  if (url.protocol !== 'mailto:' && !url.hostname) return false;
  return !url.username && !url.password;
}

/**
 * The page's Content Security Policy: scripts and styles only from the app itself (no inline code,
 * no eval, nothing remote), no plugins, frames or form posts. Main sends it as a header on every
 * app:// response and browser mode's server on every page; the build also puts it in index.html as
 * a meta tag (META_CONTENT_SECURITY_POLICY), the page's own copy wherever it is served from. Vite's
 * dev server needs inline styles and a websocket, which this policy (correctly) forbids, so dev
 * runs without it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The meta tag's copy: the same policy less `frame-ancestors`, which browsers ignore in a meta tag
 * and warn about on every load (CSP Level 3, §6.4.2; audit s6 fault 15). The headers above carry it.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors '))
  .join('; ');

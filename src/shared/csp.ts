/**
 * The page's Content Security Policy: scripts and styles only from the app itself (no inline code,
 * no eval, nothing remote), no plugins, frames or form posts. The build puts it in index.html as a
 * meta tag and main also sends it as a header on every app:// response. Vite's dev server needs
 * inline styles and a websocket, which this policy (correctly) forbids, so dev runs without it.
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

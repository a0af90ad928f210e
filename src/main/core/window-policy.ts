import { isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://prep-planner`;

/**
 * The renderer's web preferences. Kept as data so a Node test can assert them: the page gets no
 * Node, runs in Chromium's sandbox and sees main only through the preload's `window.api`.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: true,
} as const);

/** Whether a URL belongs to the app's own page (the packaged origin, or the dev server in development). */
export function isAppUrl(value: string | undefined, devServerUrl?: string): boolean {
  if (!value) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.origin === APP_ORIGIN || (url.protocol === `${APP_SCHEME}:` && url.host === 'prep-planner')) return true;
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Maps an `app://prep-planner/…` request to a file inside the renderer folder, or null when the
 * path would leave it (`..`, encoded slashes). Decided with path.relative, never a string prefix.
 */
export function resolveAppAsset(requestUrl: string, rendererDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'prep-planner') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const target = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}

/** What Electron hands to the IPC and navigation guards: enough of a frame to judge where it is. */
export interface FrameLike {
  url: string;
}

/**
 * Whether an IPC message may reach the handlers: only from a frame showing the app's own page.
 * A destroyed or navigated-away frame (null) or any other origin is refused.
 */
export function isTrustedSender(frame: FrameLike | null | undefined, devServerUrl?: string): boolean {
  return !!frame && typeof frame.url === 'string' && isAppUrl(frame.url, devServerUrl);
}

/** `will-navigate` / `will-redirect`: a window may only ever show the app itself. */
export function shouldBlockNavigation(url: string, devServerUrl?: string): boolean {
  return !isAppUrl(url, devServerUrl);
}

/**
 * `setWindowOpenHandler`: the app never opens a second window. A web or mail link (a user's repo
 * URL, a curriculum link) goes to the OS browser instead; anything else is dropped.
 */
export function decideWindowOpen(url: string, isSafeExternal: (url: string) => boolean): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: isSafeExternal(url) ? url : null };
}

/** Camera, microphone, notifications, geolocation…: a planner needs none, so none are granted. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * A second launch (Electron's `second-instance`) brings the open window forward instead of opening
 * planner.json a second time. Returns whether there was a window to focus.
 */
export function focusExistingWindow(window: FocusableWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}

/**
 * An app:// response with the page's security headers added: the CSP arrives before any byte of
 * the page is parsed (the meta tag in index.html says the same), and nothing is content-sniffed.
 */
export function withSecurityHeaders(response: Response, csp: string): Response {
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', csp);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

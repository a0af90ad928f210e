import { isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://prep-planner`;

/**
 * The renderer's web preferences. Kept as data so a Node test can assert them: the page gets no
 * Node, runs in Chromium's sandbox and sees main only through the preload's `window.api`.
 */
export const SECURE_WEB_PREFERENCES = {
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
} as const;

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

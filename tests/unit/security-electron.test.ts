import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../src/main/core/external-url';
import {
  decideWindowOpen,
  focusExistingWindow,
  isPermissionGranted,
  isTrustedSender,
  SECURE_WEB_PREFERENCES,
  shouldBlockNavigation,
  type FocusableWindow,
  withSecurityHeaders,
} from '../../src/main/core/window-policy';
import { handleIpcMessage } from '../../src/main/ipc-message';
import type { Handlers } from '../../src/main/handlers';
import { CONTENT_SECURITY_POLICY } from '../../electron.vite.config';

const ROOT = resolve(import.meta.dirname, '../..');
const source = (path: string) => readFile(resolve(ROOT, path), 'utf8');

describe('renderer web preferences', () => {
  it('isolates the page: no Node, a sandbox, web security on, no webviews', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    // Frozen, so no code path can loosen the shared object at run time.
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('every BrowserWindow in main is built from those preferences', async () => {
    const main = await source('src/main/index.ts');
    const windows = main.match(/new BrowserWindow\(\{[\s\S]*?webPreferences: \{([^}]*)\}/g) ?? [];
    expect(windows.length).toBeGreaterThanOrEqual(1);
    for (const window of windows) {
      expect(window).toContain('...SECURE_WEB_PREFERENCES');
      // Spread first, so nothing after it may loosen a setting.
      expect(window).not.toMatch(/(nodeIntegration|contextIsolation|sandbox|webSecurity)\s*:/);
    }
  });
});

describe('navigation and new windows', () => {
  it('lets a window show only the app itself', () => {
    expect(shouldBlockNavigation('app://prep-planner/index.html')).toBe(false);
    expect(shouldBlockNavigation('app://prep-planner/index.html#/board')).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,hi', 'about:blank', 'not a url', 'http://localhost:5173/']) {
      expect(shouldBlockNavigation(url), url).toBe(true);
    }
    expect(shouldBlockNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe(false);
  });

  it('never opens a window; sends web and mail links to the OS browser, drops the rest', () => {
    expect(decideWindowOpen('https://docs.python.org/3/', isSafeExternalUrl)).toEqual({ action: 'deny', openExternally: 'https://docs.python.org/3/' });
    expect(decideWindowOpen('mailto:me@example.com', isSafeExternalUrl)).toEqual({ action: 'deny', openExternally: 'mailto:me@example.com' });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://prep-planner/index.html', 'smb://host/share', 'ms-msdt:/id', 'https://user:pw@example.com/', '']) {
      expect(decideWindowOpen(url, isSafeExternalUrl), url).toEqual({ action: 'deny', openExternally: null });
    }
  });

  it('grants the page no permission at all', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });
});

describe('IPC sender check', () => {
  const calls: unknown[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, channel) => async (request: unknown) => {
      calls.push([channel, request]);
      return { opened: true };
    },
  });

  it('accepts only frames showing the app', () => {
    expect(isTrustedSender({ url: 'app://prep-planner/index.html' })).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html' })).toBe(false);
    expect(isTrustedSender({ url: '' })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('refuses a message from a foreign frame before any handler runs', async () => {
    calls.length = 0;
    for (const frame of [{ url: 'https://evil.example/' }, { url: 'data:text/html,x' }, null]) {
      expect(await handleIpcMessage(handlers, 'shell:open-external', frame, { url: 'https://ok.example/' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
    expect(await handleIpcMessage(handlers, 'shell:open-external', { url: 'app://prep-planner/index.html' }, { url: 'https://ok.example/' })).toEqual({ ok: true, data: { opened: true } });
    expect(calls).toEqual([['shell:open-external', { url: 'https://ok.example/' }]]);
  });

  it('is how ipc.ts handles every channel', async () => {
    const ipc = await source('src/main/ipc.ts');
    expect(ipc).toMatch(/for \(const channel of CHANNEL_NAMES\)/);
    expect(ipc).toMatch(/handleIpcMessage\(handlers, channel, event\.senderFrame, payload/);
    expect(ipc).not.toMatch(/ipcMain\.on\(/);
  });
});

describe('one writer per data folder', () => {
  const fakeWindow = (minimized: boolean, destroyed = false) => {
    const log: string[] = [];
    const window: FocusableWindow = {
      isDestroyed: () => destroyed,
      isMinimized: () => minimized,
      restore: () => void log.push('restore'),
      show: () => void log.push('show'),
      focus: () => void log.push('focus'),
    };
    return { window, log };
  };

  it('a second launch brings the open window forward', () => {
    const minimized = fakeWindow(true);
    expect(focusExistingWindow(minimized.window)).toBe(true);
    expect(minimized.log).toEqual(['restore', 'show', 'focus']);
    const open = fakeWindow(false);
    focusExistingWindow(open.window);
    expect(open.log).toEqual(['show', 'focus']);
    expect(focusExistingWindow(null)).toBe(false);
    expect(focusExistingWindow(fakeWindow(false, true).window)).toBe(false);
  });

  it('main takes the single-instance lock before anything else and quits when it is held', async () => {
    // The lock itself is Electron's (requestSingleInstanceLock): it can only be exercised with the
    // Electron binary (tests/electron-smoke). Here: main asks for it and wires the focus decision.
    const main = await source('src/main/index.ts');
    const lock = main.indexOf('requestSingleInstanceLock()');
    expect(lock).toBeGreaterThan(0);
    expect(lock).toBeLessThan(main.indexOf('app.whenReady()'));
    expect(main).toMatch(/if \(!app\.requestSingleInstanceLock\(\)\) \{\s*app\.quit\(\);/);
    expect(main).toMatch(/app\.on\('second-instance', \(\) => focusExistingWindow\(mainWindow\)\)/);
  });
});

describe('how the page is loaded', () => {
  it('over app://, never file://, with asset paths kept inside the renderer folder', async () => {
    const main = await source('src/main/index.ts');
    expect(main).toMatch(/loadURL\(devServerUrl \?\? `\$\{APP_ORIGIN\}\/index\.html`\)/);
    expect(main).not.toMatch(/loadFile\(/);
    // The dev-server escape hatch is closed in an installed app.
    expect(main).toMatch(/const devServerUrl = app\.isPackaged \? undefined : process\.env\.ELECTRON_RENDERER_URL;/);
    expect(main).toMatch(/protocol\.handle\(APP_SCHEME/);
    expect(main).toMatch(/resolveAppAsset\(request\.url, rendererDir\)/);
    expect(main).toMatch(/withSecurityHeaders\(await net\.fetch\(pathToFileURL\(file\)\.toString\(\)\), CONTENT_SECURITY_POLICY\)/);
  });

  it('sends the CSP and nosniff as headers on app:// responses, keeping status and body', async () => {
    const original = new Response('body', { status: 200, headers: { 'content-type': 'text/html' } });
    const secured = withSecurityHeaders(original, CONTENT_SECURITY_POLICY);
    expect(secured.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(secured.headers.get('x-content-type-options')).toBe('nosniff');
    expect(secured.headers.get('content-type')).toBe('text/html');
    expect(secured.status).toBe(200);
    expect(await secured.text()).toBe('body');
  });

  it('uses a CSP that forbids remote scripts, inline scripts and eval', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, name).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|unsafe-hashes|^\*$|^https?:|^\w+:\/\//);
      }
    }
  });
});

describe('packaged build fuses', () => {
  it('turn off run-as-node, NODE_OPTIONS and the inspector, and load only the signed asar', async () => {
    const yml = await source('electron-builder.yml');
    const block = /^electronFuses:\n((?:[ \t]+.*\n?)+)/m.exec(yml)?.[1] ?? '';
    const fuses = Object.fromEntries([...block.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Every key is one electron-builder knows: a misspelt fuse would silently stay on.
    const scheme = JSON.parse(await source('node_modules/app-builder-lib/scheme.json')) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(fuses).filter((k) => !known.includes(k))).toEqual([]);
    expect(Object.keys(fuses).length).toBe([...block.matchAll(/^\s+\w+:/gm)].length);
  });
});

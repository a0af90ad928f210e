import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHANNEL_NAMES } from '../../src/shared/ipc/channel-names';
import { fixedClock, systemClock } from '../../src/main/core/clock';
import { dispatch } from '../../src/main/handlers/dispatch';
import { startServices, type Services } from '../../src/main/services';
import type { FsPort } from '../../src/main/core/fs-port';
import { startHttpServer, type RunningServer } from '../../src/server/http-server';
import type { ChannelName } from '../../src/shared/ipc/channel-names';
import { ReplyGate, type HeldChannel } from './held-replies';

/** A made-up http origin: module scripts do not run from file://, and nothing here reaches a network. */
export const APP_ORIGIN = 'http://prep-planner.test';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const RENDERER_DIR = resolve(process.env.PREP_PLANNER_OUT_DIR ?? 'out', 'renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface LaunchOptions {
  dataDir?: string;
  workspaceDir?: string;
  saveDir?: string;
  /** ISO calendar date (YYYY-MM-DD) the app takes as today. */
  now?: string;
  /** The file system main uses (inject failures: a full disk, a read-only folder). Defaults to the real one. */
  fs?: FsPort;
  /**
   * How the page reaches main: 'binding' (a Playwright binding, the default) or 'http' (the real
   * browser-mode server on 127.0.0.1, its token cookie and the renderer's HTTP transport). The
   * PREP_E2E_TRANSPORT environment variable sets it for a whole run.
   */
  transport?: 'binding' | 'http';
  /**
   * The browser's locale (navigator.language, Accept-Language, Intl's default, the native date
   * fields). Fixed, so texts the app says in the reader's locale are the same on every machine.
   */
  locale?: string;
  /**
   * Check every reply against the contract too (default true: tests catch a handler answering off
   * contract). The benchmark turns it off over HTTP to time the server as browser mode runs it.
   */
  validateReplies?: boolean;
}

/** The locale a test runs in unless it asks for another: "Mon, 2 Mar 2026" style dates. */
export const DEFAULT_LOCALE = 'en-GB';

export const DEFAULT_TRANSPORT: 'binding' | 'http' = process.env.PREP_E2E_TRANSPORT === 'http' ? 'http' : 'binding';

export interface LaunchedApp {
  /** The current page (a new one after reload()). */
  page: Page;
  dataDir: string;
  workspaceDir: string;
  saveDir: string;
  /** Quit and start again: new handlers and a new page on the same data folder. */
  reload(): Promise<void>;
  /** Opens the app in a new page (a new tab) on the same main process; it becomes `page`. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
  /** URLs the app asked the OS to open (shell.openExternal), in order. */
  openedUrls: string[];
  /** Paths the app asked the OS to open or reveal. */
  openedPaths: string[];
  /** Requests the page tried to make outside the app's origin (all refused). */
  blockedRequests: string[];
  /** The file the next open-file dialog answers with (null: the user cancels). */
  answerOpenFile(path: string | null): void;
  /** The main-process services currently running (store and handlers), for assertions. */
  readonly services: Services;
  readonly transport: 'binding' | 'http';
  /** The page's origin (the fake http://prep-planner.test, or the local server's http://127.0.0.1:PORT). */
  readonly origin: string;
  /** Moves main's clock to another day (with `now`): midnight passing while the app is open. */
  setNow(day: string): void;
  /**
   * Holds main's replies on `channel` (either transport) until the test releases them or answers
   * them with a refusal: what the page shows while a reply is on its way, and after a refusal.
   */
  holdReplies(channel: ChannelName): HeldChannel;
}

/**
 * A ceiling on a harness step that has no time limit of its own (closing a page, the server, main's
 * services): a step that hangs fails at once with its name, not as the whole test's timeout minutes
 * later with no hint of where it waited. Not a timing assertion: normal steps take well under 1 s.
 */
export const STEP_CEILING_MS = 60_000;
async function step<T>(name: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`E2E harness: ${name} did not finish within ${STEP_CEILING_MS / 1000} s (it hangs)`)), STEP_CEILING_MS);
  });
  try {
    return await Promise.race([work, hung]);
  } finally {
    clearTimeout(timer);
  }
}

const tempDir = (prefix: string) => mkdtemp(join(tmpdir(), `prep-planner-${prefix}-`));

export async function launchApp(opts: LaunchOptions = {}): Promise<LaunchedApp> {
  const dataDir = opts.dataDir ?? (await tempDir('data'));
  const workspaceDir = opts.workspaceDir ?? (await tempDir('workspace'));
  const saveDir = opts.saveDir ?? (await tempDir('save'));
  let day = opts.now;
  const clock = day ? { now: () => fixedClock(day!).now() } : systemClock;
  const openedUrls: string[] = [];
  const openedPaths: string[] = [];
  const blockedRequests: string[] = [];
  let nextOpenFile: string | null = null;

  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const printToPdf = async (html: string): Promise<Uint8Array> => {
    // Like Electron's hidden print window: the export is data, so scripts stay off.
    const printContext = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const printPage = await printContext.newPage();
      await printPage.setContent(html, { waitUntil: 'load' });
      return await printPage.pdf({ format: 'A4', printBackground: true });
    } finally {
      await printContext.close();
    }
  };
  const start = () =>
    startServices({
      dataDir,
      ...(opts.fs ? { fs: opts.fs } : {}),
      clock,
      appVersion: '0.0.0-e2e',
      printToPdf,
      dialogs: {
        chooseFolder: async () => workspaceDir,
        saveFile: async ({ defaultName }) => join(saveDir, defaultName),
        openFile: async () => nextOpenFile,
      },
      shell: {
        openExternal: async (url) => void openedUrls.push(url),
        openPath: async (path) => (openedPaths.push(path), ''),
        showItemInFolder: (path) => void openedPaths.push(path),
      },
    });

  const transport = opts.transport ?? DEFAULT_TRANSPORT;
  let services = await step('starting main\'s services', start());
  // Every call reaches the handlers through the gate, so a test can hold a channel's replies.
  const gate = new ReplyGate();
  const handlers = () => gate.wrap(services.handlers);
  // Over HTTP the page, its assets and every call go to the real server on loopback.
  const serve = () => startHttpServer({ handlers: handlers(), rendererDir: RENDERER_DIR, validateReplies: opts.validateReplies ?? true, onInternalError: (name, error) => console.error(`[e2e server] ${name}`, error) });
  let server: RunningServer | null = transport === 'http' ? await step('starting the local server', serve()) : null;
  const origin = () => (server ? new URL(server.origin).origin : APP_ORIGIN);
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: opts.locale ?? DEFAULT_LOCALE });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (server && url.origin === origin()) return route.continue();
    if (!server && url.origin === APP_ORIGIN && url.pathname === BOOT_PATH && route.request().method() === 'POST') {
      // app:boot over a fulfilled request (see initScript): the same dispatcher and checks as the binding.
      const reply = await dispatch(handlers(), 'app:boot', route.request().postDataJSON() ?? {}, {
        validateReplies: opts.validateReplies ?? true,
        onInternalError: (name, error) => console.error(`[e2e main] ${name}`, error),
      });
      return route.fulfill({ status: 200, body: JSON.stringify(reply), headers: { 'content-type': 'application/json' } });
    }
    if (url.origin !== APP_ORIGIN || server) {
      blockedRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const file = resolve(RENDERER_DIR, `.${url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname)}`);
    if (relative(RENDERER_DIR, file).startsWith('..')) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' } });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
  if (transport === 'binding') {
    // The real main-process dispatcher answers every call, exactly as ipcMain.handle would.
    await context.exposeBinding('__prepPlannerInvoke', (_source, channel: unknown, payload: unknown) =>
      dispatch(handlers(), channel, payload, {
        validateReplies: opts.validateReplies ?? true,
        onInternalError: (name, error) => console.error(`[e2e main] ${name}`, error),
      }),
    );
    await context.addInitScript({ content: initScript() });
  }

  const openPage = async () => {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[e2e page error]', error));
    // Not 'load': the page sends app:boot while it loads, and over the binding a big plan's reply
    // holds the load event back; the tablist below shows the app booted, with its own time limit.
    await page.goto(server ? server.url : `${APP_ORIGIN}/index.html`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('tablist', { name: 'Views' }).waitFor();
    return page;
  };
  let page = await openPage();

  return {
    get page() {
      return page;
    },
    dataDir,
    workspaceDir,
    saveDir,
    openedUrls,
    openedPaths,
    blockedRequests,
    answerOpenFile: (path) => void (nextOpenFile = path),
    setNow: (next) => void (day = next),
    holdReplies: (channel) => gate.hold(channel),
    get services() {
      return services;
    },
    transport,
    get origin() {
      return origin();
    },
    async newPage() {
      page = await openPage();
      return page;
    },
    async reload() {
      await step('reload: closing the page', page.close());
      if (server) await step('reload: closing the local server', server.close());
      // As the app does when it quits: the last change on disk, the watch stopped, the lock given back.
      await step('reload: closing main\'s services', services.close());
      services = await step('reload: starting main\'s services', start());
      if (server) server = await step('reload: starting the local server', serve());
      page = await openPage();
    },
    async close() {
      await step('closing the browser', browser.close());
      if (server) await step('closing the local server', server.close());
      await step('closing main\'s services', services.close().catch(() => undefined));
    },
  };
}

/** Mirrors the preload: window.api with exactly the contract's channels, over the harness binding. */
/**
 * Where the harness's window.api sends app:boot. Its reply carries the whole plan (6 MB at 2,000
 * project cards), and a Playwright binding carries a value as an object graph, several seconds for
 * that much; a fulfilled request carries it as one JSON string, as Electron's IPC and browser mode's
 * HTTP carry it as one serialised message. Every other call (small replies) stays on the binding.
 */
const BOOT_PATH = '/__harness/app-boot';

function initScript(): string {
  return `(() => {
    const channels = new Set(${JSON.stringify(CHANNEL_NAMES)});
    const api = Object.freeze({
      invoke(channel, request) {
        if (!channels.has(channel)) {
          return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: 'Unknown channel ' + String(channel) } });
        }
        if (channel === 'app:boot') {
          return fetch(${JSON.stringify(BOOT_PATH)}, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request ?? {}), cache: 'no-store' }).then((r) => r.json());
        }
        return window.__prepPlannerInvoke(channel, request);
      },
    });
    Object.defineProperty(window, 'api', { value: api, enumerable: true });
  })();`;
}

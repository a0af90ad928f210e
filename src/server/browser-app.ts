import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { systemClock, type Clock } from '../main/core/clock';
import { startServices, type Services } from '../main/services';
import { browserDialogs, browserShell, openWithOs, type Opener } from './browser-shell';
import { startHttpServer, type RunningServer } from './http-server';
import { printToPdfWithChromium } from './pdf';
import open from 'open';

export interface BrowserAppOptions {
  dataDir: string;
  /** 0 or undefined: a free port. */
  port?: number;
  /** Only loopback is accepted (see request-guard.ts). */
  host?: string;
  /** Defaults to `<cwd>/out/renderer`, where `npm run build` puts the page. */
  rendererDir?: string;
  clock?: Clock;
  /** Opens the app's address in the default browser; false leaves that to the user (tests, --no-open). */
  openBrowser?: boolean;
  /** What opens URLs and folders (the `open` package by default; tests record instead). */
  opener?: Opener;
  log?(line: string): void;
}

export interface BrowserApp {
  url: string;
  server: RunningServer;
  readonly services: Services;
  /** Stops taking calls, lets the ones in flight answer, then waits until the last write is on disk. */
  stop(): Promise<void>;
}

const appVersion = (): string => {
  try {
    return (JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
};

/**
 * Browser mode, start to finish: the very same services the desktop app starts (startServices:
 * store, handlers, and whatever guards the data folder), with browser stand-ins for dialogs and
 * the OS shell, behind the local HTTP server; then the default browser is pointed at it.
 */
export async function startBrowserApp(options: BrowserAppOptions): Promise<BrowserApp> {
  const log = options.log ?? ((line: string) => console.log(line));
  const opener = options.opener ?? ((target: string) => open(target));
  const services = await startServices({
    dataDir: options.dataDir,
    clock: options.clock ?? systemClock,
    dialogs: browserDialogs,
    shell: browserShell(opener),
    printToPdf: (html) => printToPdfWithChromium(html),
    appVersion: appVersion(),
    shellKind: 'browser',
  });
  let server: RunningServer;
  try {
    server = await startHttpServer({
      handlers: services.handlers,
      rendererDir: options.rendererDir ?? resolve(process.cwd(), 'out', 'renderer'),
      ...(options.host ? { host: options.host } : {}),
      ...(options.port ? { port: options.port } : {}),
    });
  } catch (error) {
    await services.store.flush();
    throw error;
  }
  log(`Prep Planner is running in your browser at ${server.url}`);
  log(`Your plan: ${services.store.dataDir}. Stop with Ctrl+C.`);
  // Said here too, not only in the page: someone starting a second server should know at once.
  const readOnly = services.store.readOnlyReason;
  if (readOnly) log(`Read-only: ${readOnly}`);
  if (options.openBrowser !== false) {
    const failure = await openWithOs(opener, server.url);
    if (failure) log(`Could not open a browser here (${failure}); open the address above yourself.`);
  }
  let stopping: Promise<void> | null = null;
  return {
    url: server.url,
    server,
    services,
    stop: () =>
      (stopping ??= (async () => {
        await server.close();
        await services.store.flush();
        // Releases the data folder's lock and stops watching planner.json (i11's store).
        await services.close();
      })()),
  };
}

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, net, Notification, protocol, session, shell } from 'electron';
import { PAGE_FLUSH_DONE, PAGE_FLUSH_REQUEST, PAGE_FLUSH_TIMEOUT_MS } from '@shared/ipc/page-flush';
import { closeAfterFlush, flushRequests } from './core/close-after-flush';
import { unsavedCloseHandler } from './core/unsaved-close';
import { systemClock } from './core/clock';
import { resolveDataDir } from './core/data-dir';
import { isSafeExternalUrl } from './core/external-url';
import { startNudges } from './core/nudge-service';
import { templatesDirFor } from './core/scaffold/templates-dir';
import {
  APP_ORIGIN,
  APP_SCHEME,
  decideWindowOpen,
  focusExistingWindow,
  isPermissionGranted,
  resolveAppAsset,
  SECURE_WEB_PREFERENCES,
  shouldBlockNavigation,
  withSecurityHeaders,
} from './core/window-policy';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import type { Dialogs } from './handlers';
import { registerIpc } from './ipc';
import { startServices } from './services';

// Only a development run may load (and trust) the dev server: an installed app ignores the variable.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(import.meta.dirname, '../renderer');
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// One writer per planner.json: a second launch focuses the window that is already open.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusExistingWindow(mainWindow));
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Prep Planner could not start', String((error as Error)?.stack ?? error));
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
}

// Deny anything that would load other content into a window or open new ones, app-wide. The
// decisions are pure functions in core/window-policy.ts with Node tests; this only wires them.
app.on('web-contents-created', (_event, contents) => {
  const guardNavigation = (event: { preventDefault(): void }, url: string) => {
    if (shouldBlockNavigation(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url, isSafeExternalUrl);
    // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — decideWindowOpen passes only http(s)/mailto URLs checked by isSafeExternalUrl (URL API)
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: decision.action };
  });
});

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    return withSecurityHeaders(await net.fetch(pathToFileURL(file).toString()), CONTENT_SECURITY_POLICY);
  });

  const services = await startServices({
    dataDir: resolveDataDir(process.env, app.getPath('userData')),
    clock: systemClock,
    dialogs: electronDialogs,
    shell: {
      // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — the only caller, shell:open-external, refuses URLs failing isSafeExternalUrl first
      openExternal: (url) => shell.openExternal(url),
      openPath: (path) => shell.openPath(path),
      showItemInFolder: (path) => shell.showItemInFolder(path),
    },
    printToPdf,
    appVersion: app.getVersion(),
    templatesDir: templatesDirFor(app.getAppPath()),
  });
  registerIpc(services.handlers, devServerUrl);
  // Hands the data folder's lock back at once, so the next start never waits for it to go stale.
  app.on('will-quit', () => void services.close());
  mainWindow = createMainWindow();
  const notifier = { notify: ({ title, body }: { title: string; body: string }) => Notification.isSupported() && new Notification({ title, body }).show() };
  // Read at each check: the open roadmap (store and curriculum) changes when the learner switches.
  const nudgeDeps = { get store() { return services.store; }, get curriculum() { return services.curriculum; }, clock: systemClock, notifier };
  app.once('will-quit', startNudges(nudgeDeps));
}

function createMainWindow(): BrowserWindow {
  // electronegativity-justified: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — webPreferences spread the frozen
  // SECURE_WEB_PREFERENCES (contextIsolation, sandbox on; asserted in security-electron.test.ts), which the scanner cannot
  // follow; middle-click opens go through setWindowOpenHandler, which denies every new window.
  const window = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Prep Planner',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171c' : '#f6f7f9',
    icon: join(import.meta.dirname, '../../resources/icon.png'),
    // electronegativity-justified: PRELOAD_JS_CHECK — the sandboxed preload exposes only createApi's frozen invoke over contract channels
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(import.meta.dirname, '../preload/index.cjs') },
  });
  window.once('ready-to-show', () => window.show());
  // Unsaved notes reach disk before the window goes: ask the page, close on its answer or a timeout.
  const flushes = flushRequests((id) => window.webContents.send(PAGE_FLUSH_REQUEST, id));
  const onAnswer = (event: Electron.IpcMainEvent, id: unknown) => event.sender === window.webContents && flushes.answered(id);
  ipcMain.on(PAGE_FLUSH_DONE, onAnswer);
  const closeGuard = closeAfterFlush({ askPageToFlush: flushes.ask, close: () => window.close(), timeoutMs: PAGE_FLUSH_TIMEOUT_MS });
  window.on('close', closeGuard);
  // Text the page could not save holds the unload: ask (Close anyway / Stay) instead of staying silently.
  window.webContents.on('will-prevent-unload', unsavedCloseHandler({ ask: (question) => dialog.showMessageBoxSync(window, question), onStay: closeGuard.reopen }));
  window.on('closed', () => {
    ipcMain.removeListener(PAGE_FLUSH_DONE, onAnswer);
    mainWindow = null;
  });
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

const electronDialogs: Dialogs = {
  async chooseFolder({ title, defaultPath }) {
    const result = await dialog.showOpenDialog(mainWindow!, { title, defaultPath, properties: ['openDirectory', 'createDirectory'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async saveFile({ title, defaultName, filters }) {
    // The native dialog asks before replacing an existing file; that answer is the confirmation.
    // Linux (GTK) only asks when told to.
    const result = await dialog.showSaveDialog(mainWindow!, {
      title,
      defaultPath: join(app.getPath('documents'), defaultName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled ? null : (result.filePath ?? null);
  },
  async openFile({ title, filters }) {
    const result = await dialog.showOpenDialog(mainWindow!, { title, filters, properties: ['openFile'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};

/** Prints export HTML in a hidden window with JavaScript off: the page is data, not an app. */
async function printToPdf(html: string): Promise<Uint8Array> {
  // electronegativity-justified: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — same frozen SECURE_WEB_PREFERENCES,
  // plus JavaScript off; the window is never shown and only prints export HTML.
  const printer = new BrowserWindow({
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false },
  });
  try {
    await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    printer.destroy();
  }
}

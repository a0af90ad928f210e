import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, nativeTheme, net, protocol, shell } from 'electron';
import { systemClock } from './core/clock';
import { resolveDataDir } from './core/data-dir';
import { isSafeExternalUrl } from './core/external-url';
import { APP_ORIGIN, APP_SCHEME, isAppUrl, resolveAppAsset, SECURE_WEB_PREFERENCES } from './core/window-policy';
import type { Dialogs } from './handlers';
import { registerIpc } from './ipc';
import { startServices } from './services';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(import.meta.dirname, '../renderer');
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// One writer per planner.json: a second launch focuses the window that is already open.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Prep Planner could not start', String((error as Error)?.stack ?? error));
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
}

// Deny anything that would load other content into a window or open new ones, app-wide.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppAsset(request.url, rendererDir);
    return file ? net.fetch(pathToFileURL(file).toString()) : new Response('Not found', { status: 404 });
  });

  const services = await startServices({
    dataDir: resolveDataDir(process.env, app.getPath('userData')),
    clock: systemClock,
    dialogs: electronDialogs,
    shell: {
      openExternal: (url) => shell.openExternal(url),
      openPath: (path) => shell.openPath(path),
      showItemInFolder: (path) => shell.showItemInFolder(path),
    },
    printToPdf,
    appVersion: app.getVersion(),
  });
  registerIpc(services.handlers, (frame) => frame !== null && isAppUrl(frame.url, devServerUrl));
  mainWindow = createMainWindow();
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Prep Planner',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171c' : '#f6f7f9',
    icon: join(import.meta.dirname, '../../resources/icon.png'),
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(import.meta.dirname, '../preload/index.cjs') },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => (mainWindow = null));
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
    const result = await dialog.showSaveDialog(mainWindow!, { title, defaultPath: join(app.getPath('documents'), defaultName), filters });
    return result.canceled ? null : (result.filePath ?? null);
  },
  async openFile({ title, filters }) {
    const result = await dialog.showOpenDialog(mainWindow!, { title, filters, properties: ['openFile'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};

/** Prints export HTML in a hidden window with JavaScript off: the page is data, not an app. */
async function printToPdf(html: string): Promise<Uint8Array> {
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

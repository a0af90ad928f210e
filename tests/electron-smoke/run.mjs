#!/usr/bin/env node
/* global window, location, setTimeout, clearTimeout */
// Launches the BUILT app in real Electron (where the binary exists) on a temp data folder and
// checks what only Electron can show: the window loads app://, the board appears, the page has no
// Node, the web preferences hold, navigation away is refused, a second instance exits and leaves
// the first one as the only writer. Run with `npm run build && npm run test:electron`.
// Without an Electron binary (as on machines that cannot download it) it says so and exits 2:
// it never reports a pass it did not earn.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, process.env.PREP_PLANNER_OUT_DIR ?? 'out');
const MAIN = join(OUT, 'main/index.js');

function electronBinary() {
  try {
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist'), readFileSync(pathFile, 'utf8'));
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.log('SKIPPED electron smoke test: no Electron binary on this machine (node_modules/electron has no dist/). Nothing was tested.');
  process.exit(2);
}
if (!existsSync(MAIN)) {
  console.error(`No built app at ${MAIN}: run \`npm run build\` first.`);
  process.exit(1);
}

const { _electron: electron } = await import('playwright-core');
const dataDir = await mkdtemp(join(tmpdir(), 'pp-electron-smoke-'));
const env = { ...process.env, PREP_PLANNER_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' };
delete env.ELECTRON_RUN_AS_NODE;
delete env.ELECTRON_RENDERER_URL;
let passed = 0;
let failed = 0;
const check = async (name, fn) => {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error?.message ?? error}`);
  }
};
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

const app = await electron.launch({ executablePath: binary, args: [MAIN], env, timeout: 60_000 });
try {
  const page = await app.firstWindow();
  await page.getByRole('tablist', { name: 'Views' }).waitFor({ timeout: 30_000 });

  await check('the window loads the app over app://', async () => {
    assert(page.url().startsWith('app://prep-planner/'), `url is ${page.url()}`);
  });
  await check('the board shows the ten projects', async () => {
    const backlog = page.getByRole('list', { name: 'Backlog' });
    await backlog.waitFor();
    const cards = await backlog.getByRole('article').count();
    assert(cards === 10, `${cards} cards in Backlog`);
  });
  await check('the page has no Node and only window.api', async () => {
    const globals = await page.evaluate(() => ({ process: typeof globalThis.process, require: typeof globalThis.require, api: typeof window.api?.invoke }));
    assert(globals.process === 'undefined' && globals.require === 'undefined' && globals.api === 'function', JSON.stringify(globals));
  });
  await check('web preferences: context isolation, sandbox, no node integration', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.getLastWebPreferences());
    assert(prefs.contextIsolation === true && prefs.sandbox === true && prefs.nodeIntegration === false && prefs.webSecurity !== false, JSON.stringify(prefs));
  });
  await check('navigation away from the app is refused', async () => {
    await page.evaluate(() => (location.href = 'https://example.com/')).catch(() => undefined);
    await page.waitForTimeout(1000);
    assert(page.url().startsWith('app://prep-planner/'), `navigated to ${page.url()}`);
  });
  await check('planner.json is written in PREP_PLANNER_DATA_DIR', async () => {
    const plan = JSON.parse(await readFile(join(dataDir, 'planner.json'), 'utf8'));
    assert(plan.version >= 1 && plan.board, 'no plan');
  });
  await check('a second instance exits and leaves the first as the only writer', async () => {
    const second = spawn(binary, [MAIN], { env, stdio: 'ignore' });
    const code = await new Promise((done) => {
      const timer = setTimeout(() => (second.kill('SIGKILL'), done('still running after 20 s')), 20_000);
      second.on('exit', (c) => (clearTimeout(timer), done(c)));
    });
    assert(code === 0, `second instance: ${code}`);
    assert(app.windows().length === 1, `${app.windows().length} windows`);
  });
} finally {
  await app.close().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

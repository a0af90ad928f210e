#!/usr/bin/env node
// `npm start` (after the build): the desktop app when Electron's runtime is there (downloading it
// once if it can), otherwise — or with --browser (`npm run serve`) — the same app served on
// 127.0.0.1 and opened in the default browser. It always says which mode it chose and why.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureElectron } from './electron-runtime.mjs';

const argv = process.argv.slice(2);
const require = createRequire(import.meta.url);

async function runBrowserMode() {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/server/cli.ts');
  try {
    await main(argv);
  } catch (error) {
    console.error(`Prep Planner could not start in the browser: ${error?.message ?? error}`);
    process.exit(1);
  }
}

if (argv.includes('--browser')) {
  console.log('Mode: browser (asked for with --browser).');
  await runBrowserMode();
} else {
  const { binary, reason } = ensureElectron();
  if (binary) {
    console.log('Mode: desktop app (Electron\'s runtime is installed).');
    const cli = require.resolve('electron-vite/bin/electron-vite.js');
    // Browser-mode options mean nothing to electron-vite; only the data folder carries over.
    const dataDirAt = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
    const dataDir = dataDirAt < 0 ? undefined : argv[dataDirAt].includes('=') ? argv[dataDirAt].slice('--data-dir='.length) : argv[dataDirAt + 1];
    const env = dataDir ? { ...process.env, PREP_PLANNER_DATA_DIR: dataDir } : process.env;
    const child = spawn(process.execPath, [cli, 'preview'], { stdio: 'inherit', env });
    // Ctrl+C reaches Electron too (same process group); wait for it rather than dying first.
    process.on('SIGINT', () => undefined);
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  } else {
    console.log(`Mode: browser, because the desktop app cannot run here: Electron's runtime is not installed (${reason}).`);
    await runBrowserMode();
  }
}

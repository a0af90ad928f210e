#!/usr/bin/env node
// Runs before `npm start`/`npm run dev`: makes sure Electron's binary is there, fetching it with
// Electron's own installer when npm skipped install scripts, and otherwise explains what to do
// instead of letting Electron fail with a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { pkgDir: null, binary: null };
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return { pkgDir, binary: null };
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist'), readFileSync(pathFile, 'utf8'));
  return { pkgDir, binary: existsSync(binary) ? binary : null };
}

let { pkgDir, binary } = electronBinary();
if (pkgDir && !binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Electron is installed without its binary; downloading it now (one time)…');
  const run = spawnSync(process.execPath, [join(pkgDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) console.error(`Download failed: ${(run.stderr ?? '').trim().split('\n')[0]}`);
  ({ binary } = electronBinary());
}

if (!binary) {
  console.error(`
Prep Planner cannot start: the Electron runtime is not installed.

  ${pkgDir ? 'The electron package is present but its binary could not be downloaded' : 'The electron package is missing'}
  (it comes from Electron's release downloads, which this machine cannot reach).

  To fix it on a machine with internet access:
    npm ci                      # installs the dependencies
    node node_modules/electron/install.js   # downloads Electron's binary
    npm start

  Or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron ${pkgDir ? JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version : ''} folder.
  Everything else (build, unit and end-to-end tests) works without Electron: npm test.
`);
  process.exit(1);
}

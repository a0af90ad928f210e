// Finds Electron's runtime binary, and fetches it with Electron's own installer when npm skipped
// install scripts (.npmrc ignore-scripts). Used by npm start (start.mjs) and require-electron.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** { pkgDir, binary, version }: pkgDir null when the electron package is missing, binary null when its runtime is. */
export function findElectron() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { pkgDir: null, binary: null, version: '' };
  }
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return { pkgDir, binary: null, version };
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist'), readFileSync(pathFile, 'utf8'));
  return { pkgDir, binary: existsSync(binary) ? binary : null, version };
}

/**
 * Returns { binary } when Electron's runtime is (or now is) installed, else { binary: null, reason }
 * with the reason in a few plain words. Tries the one-time download unless ELECTRON_SKIP_BINARY_DOWNLOAD is set.
 */
export function ensureElectron({ log = console.log } = {}) {
  const found = findElectron();
  if (found.binary) return { binary: found.binary, reason: '' };
  if (!found.pkgDir) return { binary: null, reason: 'the electron package is not installed' };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { binary: null, reason: 'its download is turned off (ELECTRON_SKIP_BINARY_DOWNLOAD)' };
  log('Electron is installed without its runtime; downloading it now (one time)…');
  const run = spawnSync(process.execPath, [join(found.pkgDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8', timeout: 10 * 60_000 });
  const again = findElectron();
  if (again.binary) return { binary: again.binary, reason: '' };
  const firstLine = (run.stderr ?? '').split('\n').find((line) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN/i.test(line)) ?? '';
  const cause = /ENOTFOUND|EAI_AGAIN|getaddrinfo/.test(firstLine) ? 'Electron\'s download host cannot be reached from this machine' : `its download failed${firstLine ? `: ${firstLine.trim().slice(0, 160)}` : ''}`;
  return { binary: null, reason: cause };
}

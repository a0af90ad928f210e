#!/usr/bin/env node
// Runs before `npm run dev` / `npm run test:electron`: makes sure Electron's runtime is there
// (fetching it once when npm skipped install scripts), and otherwise explains what to do instead
// of letting Electron fail with a stack trace. `npm start` does not stop here: it falls back to
// browser mode (scripts/start.mjs).
import { ensureElectron, findElectron } from './electron-runtime.mjs';

const { binary, reason } = ensureElectron();
if (!binary) {
  const { version } = findElectron();
  console.error(`
Prep Planner's desktop app cannot start: the Electron runtime is not installed (${reason}).

  Use the app in your browser instead:   npm start   (or npm run serve)

  To get the desktop app, on a machine with internet access:
    node node_modules/electron/install.js   # downloads Electron's runtime
    npm start

  Or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron ${version} folder.
  Everything else (build, unit and end-to-end tests) works without Electron: npm test.
`);
  process.exit(1);
}

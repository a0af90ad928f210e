import type { ChildProcess } from 'node:child_process';
import { dirname } from 'node:path';
import open from 'open';
import type { DesktopShell, Dialogs } from '../main/handlers';

/** Opens a URL or path with the OS's default program (the `open` package's signature). */
export type Opener = (target: string) => Promise<ChildProcess>;

/**
 * Browser mode has no native dialogs: the page asks for paths in its own fields (the contract's
 * `path` parameters) and takes exports as downloads, so each dialog here answers "cancelled".
 */
export const browserDialogs: Dialogs = {
  chooseFolder: async () => null,
  saveFile: async () => null,
  openFile: async () => null,
};

/** How long to wait for the opener to fail (no desktop, no file manager) before assuming it worked. */
const OPENER_GRACE_MS = 1500;

/**
 * Asks the OS to open `target` and resolves to '' when it seems to have, or a sentence saying it
 * could not (Electron's openPath convention). On a machine without a desktop (a server, WSL, CI)
 * the opener exits with an error at once; we report that instead of pretending it worked.
 */
export async function openWithOs(opener: Opener, target: string): Promise<string> {
  let child: ChildProcess;
  try {
    child = await opener(target);
  } catch (error) {
    return `no program to open it was found (${(error as Error)?.message ?? error})`;
  }
  return new Promise<string>((resolve) => {
    const timer = setTimeout(() => resolve(''), OPENER_GRACE_MS);
    timer.unref();
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve(`no program to open it was found (${error.message})`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code ? 'this machine has no program to show it (no desktop?)' : '');
    });
  });
}

/** The OS integration of browser mode, through `open` (or a test's opener). */
export function browserShell(opener: Opener = (target) => open(target)): DesktopShell {
  return {
    // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — the only caller, shell:open-external, refuses URLs failing isSafeExternalUrl first
    openExternal: async (url) => void (await openWithOs(opener, url)),
    openPath: (path) => openWithOs(opener, path),
    // No portable "select this item" outside Electron: open the folder that holds it.
    showItemInFolder: (path) => void openWithOs(opener, dirname(path)),
  };
}

import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name Electron uses for the per-user folder (package.json `productName`). */
export const PRODUCT_NAME = 'Prep Planner';

/**
 * The folder Electron's `app.getPath('userData')` gives for Prep Planner, computed without
 * Electron so both modes use the same planner.json: Linux `$XDG_CONFIG_HOME` or `~/.config`,
 * macOS `~/Library/Application Support`, Windows `%APPDATA%` (Electron's documented appData).
 */
export function desktopUserDataDir(env: Record<string, string | undefined> = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}

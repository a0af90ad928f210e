import { join } from 'node:path';

/**
 * Where the templates are for an app rooted at `appPath` (Electron's app.getAppPath()). Packaged,
 * they are unpacked beside the asar archive (electron-builder's asarUnpack), so they stay plain
 * files a user can open and edit; in dev the app path is the repository.
 */
export const templatesDirFor = (appPath: string): string =>
  join(appPath, 'resources', 'templates').replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');

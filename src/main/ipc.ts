import { ipcMain } from 'electron';
import { CHANNEL_NAMES } from '@shared/ipc/channel-names';
import type { Handlers } from './handlers';
import { handleIpcMessage } from './ipc-message';

/**
 * Binds every contract channel to ipcMain. Each message's sender frame must be the app's own page
 * (`handleIpcMessage`, tested without Electron); any other frame is refused before the payload is
 * even looked at.
 */
export function registerIpc(handlers: Handlers, devServerUrl?: string): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload) =>
      handleIpcMessage(handlers, channel, event.senderFrame, payload, {
        ...(devServerUrl ? { devServerUrl } : {}),
        onInternalError: (name, error) => console.error(`[ipc] ${name} failed`, error),
      }),
    );
  }
}

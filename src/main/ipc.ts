import { ipcMain, type WebFrameMain } from 'electron';
import { CHANNEL_NAMES } from '@shared/ipc/channel-names';
import type { Result } from '@shared/ipc/result';
import { dispatch } from './handlers/dispatch';
import type { Handlers } from './handlers';

/**
 * Binds every contract channel to ipcMain. Messages from any frame but the app's own page are
 * refused before the payload is even looked at.
 */
export function registerIpc(handlers: Handlers, isTrustedFrame: (frame: WebFrameMain | null) => boolean): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload): Promise<Result<unknown>> | Result<unknown> => {
      if (!isTrustedFrame(event.senderFrame)) {
        return { ok: false, error: { code: 'unknown-channel', message: 'This page may not talk to Prep Planner.' } };
      }
      return dispatch(handlers, channel, payload, {
        onInternalError: (name, error) => console.error(`[ipc] ${name} failed`, error),
      });
    });
  }
}

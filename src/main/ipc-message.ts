import type { Result } from '@shared/ipc/result';
import { dispatch } from './handlers/dispatch';
import type { Handlers } from './handlers';
import { isTrustedSender, type FrameLike } from './core/window-policy';

export interface IpcMessageOptions {
  devServerUrl?: string;
  onInternalError?(channel: string, error: unknown): void;
}

/**
 * One IPC message, start to finish, apart from `ipcMain` so a Node test can drive it with a fake
 * sender: a frame that is not the app's own page is refused before the payload is looked at.
 */
export function handleIpcMessage(handlers: Handlers, channel: string, senderFrame: FrameLike | null | undefined, payload: unknown, options: IpcMessageOptions = {}): Promise<Result<unknown>> {
  if (!isTrustedSender(senderFrame, options.devServerUrl)) {
    return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'This page may not talk to Prep Planner.' } });
  }
  return dispatch(handlers, channel, payload, options.onInternalError ? { onInternalError: options.onInternalError } : {});
}

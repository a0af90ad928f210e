import { isChannelName, type ChannelName } from './channel-names';
import type { ReplyOf, RequestOf } from './contract';
import type { Result } from './result';

export interface PrepPlannerApi {
  invoke<K extends ChannelName>(channel: K, request: RequestOf<K>): Promise<Result<ReplyOf<K>>>;
}

type RawInvoke = (channel: string, request: unknown) => Promise<unknown>;

/**
 * Builds `window.api` over a transport (Electron's ipcRenderer, or the E2E harness's binding).
 * Only contract channels pass, so the page cannot reach anything else in main.
 */
export function createApi(rawInvoke: RawInvoke): PrepPlannerApi {
  return Object.freeze({
    invoke(channel, request) {
      if (!isChannelName(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `Unknown channel ${String(channel)}` } });
      }
      return rawInvoke(channel, request) as never;
    },
  } satisfies PrepPlannerApi);
}

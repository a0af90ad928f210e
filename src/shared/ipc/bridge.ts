import { isChannelName, type ChannelName } from './channel-names';
import type { ReplyOf, RequestOf } from './contract';
import type { Result } from './result';

export interface PrepPlannerApi {
  invoke<K extends ChannelName>(channel: K, request: RequestOf<K>): Promise<Result<ReplyOf<K>>>;
}

type RawInvoke = (channel: string, request: unknown) => Promise<unknown>;

/**
 * Whether a reply has a Result's shape: `{ ok: true, data? }` (JSON drops an undefined `data`), or
 * `{ ok: false, error: { code: string, message: string } }`. Anything else (a 500 with `{}`, a
 * proxy's page) is an unreadable reply: reading `.error.message` off it threw a raw TypeError that
 * reached the error bar (check5-s8 N2). Written out, not zod: the sandboxed preload bundles this file.
 */
export function isResultShape(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as { ok?: unknown; error?: unknown };
  if (reply.ok === true) return true;
  if (reply.ok !== false || typeof reply.error !== 'object' || reply.error === null) return false;
  const error = reply.error as { code?: unknown; message?: unknown };
  return typeof error.code === 'string' && typeof error.message === 'string';
}

/** The Result for a reply without a Result's shape, in plain words (never the reply's raw text). */
export const unreadableReply = (from = 'Prep Planner answered'): Result<never> => ({
  ok: false,
  error: { code: 'internal', message: `${from} without a readable reply.` },
});

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
      return rawInvoke(channel, request).then((reply) => (isResultShape(reply) ? reply : unreadableReply())) as never;
    },
  } satisfies PrepPlannerApi);
}

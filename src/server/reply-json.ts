import type { Result } from '@shared/ipc/result';

/*
 * The body of an API reply. app:boot carries the whole plan — 6.3 MB of JSON at 2,000 projects —
 * and serialising it took main 30–70 ms of CPU per page load, plus as long again to encode it as
 * UTF-8, while the page waited for it. The plan in that reply is one object per plan version
 * (main/core/boot-plan.ts: packed once per plan object, and the store puts a new object in place
 * on every change), so its bytes are kept beside that object and reused until the plan changes.
 * Everything else in the reply (today, notices, revision…) is serialised afresh on every call.
 */
const planBytes = new WeakMap<object, Buffer>();

/** Channels whose reply has a `plan` object that is kept bytes-and-all while it lives (see above). */
const PREPARED_PLAN_CHANNELS = new Set(['app:boot']);

/**
 * `Buffer.from(JSON.stringify(result))` for `channel`'s reply, in meaning: the same JSON value
 * (key order aside: a prepared plan comes last). Never stale: the kept bytes belong to the plan
 * object itself, not to the channel.
 */
export function replyBody(channel: string, result: Result<unknown>): Buffer {
  const data = result.ok ? (result.data as { plan?: unknown } | null) : null;
  if (!PREPARED_PLAN_CHANNELS.has(channel) || Object.keys(result).length !== 2 || data === null || typeof data !== 'object' || data.plan === null || typeof data.plan !== 'object') {
    return Buffer.from(JSON.stringify(result));
  }
  const { plan, ...rest } = data;
  let bytes = planBytes.get(plan);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(plan));
    planBytes.set(plan, bytes);
  }
  const others = JSON.stringify(rest);
  const head = others === '{}' ? '{"ok":true,"data":{"plan":' : `{"ok":true,"data":${others.slice(0, -1)},"plan":`;
  return Buffer.concat([Buffer.from(head), bytes, Buffer.from('}}')]);
}

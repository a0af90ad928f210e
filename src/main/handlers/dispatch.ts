import { isChannelName } from '@shared/ipc/channel-names';
import { contract } from '@shared/ipc/contract';
import { AppError, type Result } from '@shared/ipc/result';
import { formatZodError } from '../core/plan-file';
import { planVersionOf } from '../core/plan-versions';
import type { Handlers } from './types';

export interface DispatchOptions {
  /** Check replies against the contract too (tests turn it on; it costs time on large plans). */
  validateReplies?: boolean;
  onInternalError?(channel: string, error: unknown): void;
}

/**
 * The one door into main: unknown channels and payloads that fail the contract's schema are
 * refused before any handler runs; every outcome is a `Result`, so nothing throws across IPC.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel).slice(0, 80)}` } };
  }
  const def = contract[channel];
  const parsed = def.request.safeParse(payload);
  if (!parsed.success) {
    // A rule written for people (a date outside the plannable years) is said as it is written.
    const said = parsed.error.issues.find((issue) => issue.code === 'custom')?.message;
    return { ok: false, error: { code: 'invalid-input', message: said ?? `The request to ${channel} was malformed.`, details: formatZodError(parsed.error) } };
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    const data = await handler(parsed.data);
    if (options.validateReplies) def.reply.parse(data);
    // A whole plan as saved (a roadmap tick, a setting) says which change it is: see plan-versions.ts.
    const version = planVersionOf(data);
    return version === undefined ? { ok: true, data } : { ok: true, data, version };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    }
    options.onInternalError?.(channel, error);
    return { ok: false, error: { code: 'internal', message: `Something went wrong in ${channel}: ${(error as Error)?.message ?? 'unknown error'}` } };
  }
}

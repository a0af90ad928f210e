import type { ChannelName } from '@shared/ipc/channel-names';
import type { ReplyOf, RequestOf } from '@shared/ipc/contract';
import type { IpcError, Result } from '@shared/ipc/result';
import { callsOut, setSeenChanges } from './seen-changes';

export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

/** Calls main through the contract and returns the reply's data, or throws ApiError with main's message. */
export async function call<K extends ChannelName>(channel: K, request: RequestOf<K>): Promise<ReplyOf<K>> {
  // Counted while out: app:sync waits for the page's own calls (seen-changes.ts).
  callsOut(1);
  try {
    return unwrap(await window.api.invoke(channel, request));
  } finally {
    callsOut(-1);
  }
}

/**
 * A Result's data, or ApiError with main's message. A reply that is the whole plan (`version`) is
 * applied by its caller (runPlanAction): the page has then seen every change up to that version.
 */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiError(result.error);
  if (result.version !== undefined) setSeenChanges(result.version);
  return result.data;
}

/** The words of a failed call or any other thrown value, for a message line (main's own words for an ApiError). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

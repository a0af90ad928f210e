/**
 * Undo/redo as two stacks of snapshots. `undo` takes the snapshot to restore and files the
 * current state under redo, so redo after undo lands exactly where the user was.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
  readonly limit: number;
}

export const DEFAULT_HISTORY_LIMIT = 100;

export const emptyHistory = <T>(limit = DEFAULT_HISTORY_LIMIT): History<T> => ({ past: [], future: [], limit });

/** A new action: remember the state before it; anything that was redoable is gone. */
export function record<T>(history: History<T>, before: T): History<T> {
  const past = [...history.past, before];
  return { ...history, past: past.length > history.limit ? past.slice(past.length - history.limit) : past, future: [] };
}

export function undo<T>(history: History<T>, current: T): { history: History<T>; restore: T } | null {
  const restore = history.past[history.past.length - 1];
  if (restore === undefined) return null;
  return { history: { ...history, past: history.past.slice(0, -1), future: [...history.future, current] }, restore };
}

export function redo<T>(history: History<T>, current: T): { history: History<T>; restore: T } | null {
  const restore = history.future[history.future.length - 1];
  if (restore === undefined) return null;
  return { history: { ...history, past: [...history.past, current], future: history.future.slice(0, -1) }, restore };
}

import { useSyncExternalStore } from 'react';
import { emptyHistory, type History } from '@shared/domain/board-history';
import type { BoardSlice } from '@shared/domain/board-slice';
import type { BoardDelta } from '@shared/domain/board-delta';

/**
 * One undo step: main's account of one change each way (board-delta.ts), undone only while the
 * cards it touched are as this tab left them; or (older steps) a snapshot of the board before.
 */
export type HistoryEntry = BoardSlice | { back: BoardDelta; forth: BoardDelta };

/**
 * Undo history lives for the whole renderer session, outside React, so switching to another
 * tab and back keeps it (the board view unmounts in between).
 */
let history: History<HistoryEntry> = emptyHistory<HistoryEntry>(100);
const listeners = new Set<() => void>();

export const getHistory = () => history;

/** The plan revision the steps were recorded on; main refuses an undo from an older one. */
let recordedOn = 0;
export const historyRevision = () => recordedOn;
/** Called with main's revision at boot and whenever a sync finds a new one (history cleared then). */
export function setHistoryRevision(revision: number): void {
  recordedOn = revision;
}

export function setHistory(next: History<HistoryEntry>): void {
  history = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export function useHistoryDepth(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useSyncExternalStore(subscribe, () => history.past.length > 0);
  const canRedo = useSyncExternalStore(subscribe, () => history.future.length > 0);
  return { canUndo, canRedo };
}

/**
 * Forgets every undo and redo step: main replaced the plan (a restore, an outside change loaded,
 * a recovery), so the steps describe a board that no longer exists. Returns whether there were any.
 */
export function clearHistory(): boolean {
  const had = history.past.length > 0 || history.future.length > 0;
  if (had) setHistory(emptyHistory<HistoryEntry>(100));
  return had;
}

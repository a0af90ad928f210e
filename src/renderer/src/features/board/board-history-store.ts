import { useSyncExternalStore } from 'react';
import { changeSignal } from '../../change-signal';
import { dismissToast } from '../../a11y/toast';
import { emptyHistory, record, type History } from '@shared/domain/board-history';
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
const { subscribe, emit } = changeSignal();

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
  emit();
}

/** The last grouped change and the history it left; another change in between starts a new step. */
let lastGroup: { key: string; after: History<HistoryEntry> } | null = null;

type DeltaEntry = { back: BoardDelta; forth: BoardDelta };
const fieldsOnly = (e: HistoryEntry): e is DeltaEntry =>
  'back' in e && Object.keys(e.forth).every((k) => k === 'fields') && Object.keys(e.back).every((k) => k === 'fields');

/**
 * Two field edits in a row as one (main's deltas, board-delta.ts): the way back goes from the
 * latest text to the one before the first edit, the way forth from that first text to the latest.
 * Null when they are not both field edits only.
 */
export function joinFieldEdits(first: HistoryEntry, next: HistoryEntry): DeltaEntry | null {
  if (!fieldsOnly(first) || !fieldsOnly(next)) return null;
  const forth: NonNullable<BoardDelta['fields']> = {};
  const back: NonNullable<BoardDelta['fields']> = {};
  const ids = new Set([...Object.keys(first.forth.fields ?? {}), ...Object.keys(next.forth.fields ?? {})]);
  for (const id of ids) {
    const a = first.forth.fields?.[id];
    const b = next.forth.fields?.[id];
    // Each field: its text before the first edit that touched it, and after the last.
    const from = { ...b?.from, ...a?.from };
    const to = { ...a?.to, ...b?.to };
    forth[id] = { from, to };
    back[id] = { from: to, to: from };
  }
  return { back: { fields: back }, forth: { fields: forth } };
}

/**
 * Records an undo step for a change (main's delta of it, or a snapshot of the board before).
 * Changes of one group in a row (a note saved every few seconds while typing, audit s6 fault 1)
 * make one step: Undo puts back the text from before that typing, not the last few seconds of it.
 */
export function recordUndo(entry: HistoryEntry, group?: string): void {
  const last = history.past.at(-1);
  if (group && last && lastGroup?.key === group && lastGroup.after === history) {
    const joined = joinFieldEdits(last, entry);
    if (joined) {
      setHistory({ ...history, past: [...history.past.slice(0, -1), joined], future: [] });
      lastGroup = { key: group, after: history };
      return;
    }
    // A snapshot step already holds the board from before the typing.
    if (!('back' in last) && !('back' in entry)) return;
  }
  setHistory(record(history, entry));
  lastGroup = group ? { key: group, after: history } : null;
}

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
  // The "Moved … [Undo]" message offers a step that no longer exists, and names the card as it was
  // before the plan was replaced (check5 s8, N3): it goes with the history.
  dismissToast();
  return had;
}

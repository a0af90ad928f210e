import { useCallback, useState } from 'react';

/*
 * Typed text is never dropped without asking (issue 12, case 10). Every field the user types into
 * keeps its text here, keyed by what it is for ("new-step:<project>", "project-notes:<project>"),
 * until it is saved or the user clears it. Closing a dialog with Escape, switching views or
 * collapsing a panel unmounts the field; the text stays and is there again when it reopens.
 * sessionStorage (when there is one) keeps drafts across a reload of the window too.
 */
const drafts = new Map<string, unknown>();
const STORAGE_PREFIX = 'prep-planner-draft:';
/** Drafts belong to one roadmap (week 3's notes are another week 3 elsewhere): '' for the built-in one. */
let scope = '';

/** Called at boot with the open roadmap's id, so each roadmap finds only its own drafts. */
export function setDraftScope(roadmapId: string): void {
  scope = roadmapId === 'builtin' ? '' : `${roadmapId}/`;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage refused (a locked-down context): drafts live in memory only
  }
}

/** The key a draft is held under (the open roadmap's scope + `draftKey`), as heldDraftKeys() lists it. */
export function draftStoreKey(draftKey: string): string {
  return scope + draftKey;
}

/**
 * Every draft this tab holds, in memory or in sessionStorage (every roadmap's, open or not), with
 * its value: `[storeKey, value]`. A field's `#base` and `#sent` companions are bookkeeping, not user
 * text, and are left out. Closing the tab drops all of these (autosave/unsaved-text.ts asks first).
 */
export function heldDrafts(): Array<[string, unknown]> {
  const held = new Map(drafts);
  const store = storage();
  for (let i = 0; store && i < store.length; i += 1) {
    const name = store.key(i);
    if (!name?.startsWith(STORAGE_PREFIX)) continue;
    const key = name.slice(STORAGE_PREFIX.length);
    if (held.has(key)) continue;
    try {
      held.set(key, JSON.parse(store.getItem(name) ?? 'null'));
    } catch {
      held.set(key, null); // unreadable: still someone's text, as far as we can tell
    }
  }
  return [...held].filter(([key]) => !key.endsWith('#base') && !key.endsWith('#sent'));
}

export function readDraft<T>(draftKey: string): T | undefined {
  const key = scope + draftKey;
  if (drafts.has(key)) return drafts.get(key) as T;
  const stored = storage()?.getItem(STORAGE_PREFIX + key);
  if (stored == null) return undefined;
  try {
    const value = JSON.parse(stored) as T;
    drafts.set(key, value);
    return value;
  } catch {
    return undefined;
  }
}

export function writeDraft<T>(draftKey: string, value: T): void {
  const key = scope + draftKey;
  drafts.set(key, value);
  try {
    storage()?.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
  } catch {
    // Full or refused: the in-memory copy still outlives the field.
  }
}

export function clearDraft(draftKey: string): void {
  const key = scope + draftKey;
  drafts.delete(key);
  storage()?.removeItem(STORAGE_PREFIX + key);
}

/**
 * Like useState for a field's text, but the value outlives the component: it starts from the
 * draft for `key` when there is one, else from `saved`. Call `clear()` once the text is saved (or
 * the user discards it on purpose); a draft equal to `saved` is not kept.
 */
export function useDraft<T>(key: string, saved: T): [T, (value: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => readDraft<T>(key) ?? saved);
  const update = useCallback(
    (next: T) => {
      setValue(next);
      if (JSON.stringify(next) === JSON.stringify(saved)) clearDraft(key);
      else writeDraft(key, next);
    },
    [key, saved],
  );
  const clear = useCallback(() => clearDraft(key), [key]);
  return [value, update, clear];
}

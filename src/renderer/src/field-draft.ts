import { useCallback, useEffect, useRef } from 'react';
import { sameData } from '@shared/domain/same-data';
import { clearDraft, readDraft, useDraft, writeDraft } from './drafts';

/**
 * A typed field's draft (drafts.ts) that also knows its `base`: the saved value the edit started
 * from. Saves send it, and main refuses one whose base is no longer stored (compare-and-set,
 * domain/compare-and-set.ts), so a stale tab never writes over another tab's newer text.
 * While the field is not being edited (its text is its base), a newer saved value from another
 * tab or window shows in it; while it is, the user's text stays and the base stays where it began.
 */
export function useFieldDraft<T>(key: string, saved: T): { value: T; set(next: T): void; clear(): void; base: T; rebase(next: T): void } {
  const [value, setValue, clearValue] = useDraft<T>(key, saved);
  const baseKey = `${key}#base`;
  // A draft main already holds was saved though its reply never came: its kept base is obsolete.
  const base = useRef<T>(sameData(value, saved) ? saved : (readDraft<T>(baseKey) ?? saved));
  const clean = sameData(value, base.current);
  useEffect(() => {
    if (!clean || sameData(base.current, saved)) return;
    base.current = saved;
    setValue(saved);
  }, [clean, saved, setValue]);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      if (sameData(next, base.current)) clearDraft(baseKey);
      else writeDraft(baseKey, base.current);
    },
    [setValue, baseKey],
  );
  const clear = useCallback(() => {
    clearValue();
    clearDraft(baseKey);
  }, [clearValue, baseKey]);
  /** After a save, or when the user chose to write over the other tab's text: edits now start from `next`. */
  const rebase = useCallback(
    (next: T) => {
      base.current = next;
      clearDraft(baseKey);
    },
    [baseKey],
  );
  return { value, set, clear, base: base.current, rebase };
}

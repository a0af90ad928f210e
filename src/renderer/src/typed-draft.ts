import { useCallback, useRef } from 'react';
import { useDraft } from './drafts';

/**
 * What the user typed into a field that saves on Enter or on leaving it (study hours, a card's
 * dates): `null` while the field shows the saved value. The typed text is held as a draft
 * (drafts.ts) under `key`, so closing the tab before it is committed asks first (the leave guard,
 * autosave/unsaved-text.ts, counts held drafts), and a reload or a closed panel shows it again.
 * Check 3 (s7) fault C: such a field used to keep its text in plain component state, and closing
 * the tab dropped it unasked.
 *
 * Returns `[typed, setTyped]`; `setTyped` takes a value or an updater like React's setState.
 * Typing the saved value back (`same(typed)` true) holds no draft, so it does not ask on leaving.
 */
export function useTypedDraft(
  key: string,
  same: (typed: string) => boolean = () => false,
): [string | null, (next: string | null | ((current: string | null) => string | null)) => void] {
  const [typed, setDraft] = useDraft<string | null>(key, null);
  // The updater form reads the latest value even when called after an await (a save's reply).
  const latest = useRef(typed);
  latest.current = typed;
  const sameRef = useRef(same);
  sameRef.current = same;
  const set = useCallback(
    (next: string | null | ((current: string | null) => string | null)) => {
      const value = typeof next === 'function' ? next(latest.current) : next;
      const kept = value !== null && sameRef.current(value) ? null : value;
      latest.current = kept;
      setDraft(kept);
    },
    [setDraft],
  );
  return [typed, set];
}

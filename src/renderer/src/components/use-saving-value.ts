import { useCallback, useRef, useState } from 'react';

/**
 * The value a control bound to saved data shows while a change of it is on its way to main.
 *
 * `save(next, work)` must be called from the control's own event handler (onChange): it sets
 * `next` as the shown value in that event's render, so a controlled checkbox, radio or select
 * never springs back to the old value between the click and main's reply (React restores a
 * controlled input to its props right after the handler; an update made in a transition or after
 * an awaited reply lands only later, and a read in that gap sees the click "not taken").
 * `work()` is the save (a `runPlanAction`-style call that reports its own errors and never throws
 * for a refusal; a throw is let through). Once it settles, the latest change's pending value is
 * dropped and the control shows `saved` again: main's answer when it took the change, or the old
 * value when it refused (its message is shown by `work`). A second change made before the first
 * is answered keeps showing until its own reply settles.
 *
 * Returns `[shown, save, saving]`; `saving` is true while a change is unanswered.
 */
export function useSavingValue<T>(saved: T): [shown: T, save: (next: T, work: () => Promise<unknown>) => Promise<void>, saving: boolean] {
  // Boxed, so a pending `false`, `null` or `''` is told apart from "nothing pending".
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const latest = useRef(0);
  const save = useCallback(async (next: T, work: () => Promise<unknown>) => {
    const ticket = ++latest.current;
    setPending({ value: next });
    try {
      await work();
    } finally {
      // An older reply must not hide a newer change that is still unanswered.
      if (latest.current === ticket) setPending(null);
    }
  }, []);
  return [pending ? pending.value : saved, save, pending !== null];
}

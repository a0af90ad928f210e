import { useCallback, useEffect, useRef, useState } from 'react';
import { tooLongMessage } from '@shared/plan-limits';
import { useAppState } from '../app-state';
import { clearDraft, readDraft, useDraft, writeDraft } from '../drafts';
import { registerFlusher } from './page-leave';
import { registerAutosaved } from './unsaved-text';

/** Quiet time after the last keystroke before the text is saved, ms. */
export const AUTOSAVE_PAUSE_MS = 600;
/** During continuous typing the text is still saved at least this often, ms. */
export const AUTOSAVE_MAX_WAIT_MS = 3000;
/** Unconfirmed saves remembered across a reload: the one in flight and the page-leave one, with room to spare. */
const UNCONFIRMED_KEPT = 3;
/** The `#sent` list as stored (an unreadable value counts as none). */
const sentTexts = (stored: unknown): string[] => (Array.isArray(stored) ? stored.filter((text): text is string => typeof text === 'string') : []);

interface Options {
  /** The draft's key (drafts.ts), e.g. `project-notes:<id>`: the second net for unsaved text. */
  draftKey: string;
  /** The text as saved in the plan. */
  saved: string;
  /** The field's limit (TEXT_LIMITS) and how its message names it ("These notes"). */
  limit: number;
  what: string;
  /**
   * Saves the text with `base`, the text main last confirmed to this field (compare-and-set,
   * domain/compare-and-set.ts); resolves true once main has it. `typing` numbers the field's focus
   * sessions, so a caller can make all saves of one session a single undo step. When main refuses
   * the save because another tab or window saved the field since, the caller passes main's message
   * to `onChangedElsewhere`, which returns true when the field shows it itself.
   */
  save(text: string, base: string, typing: number, onChangedElsewhere: (message: string) => boolean): Promise<boolean>;
}

/**
 * A free-text field that saves while the user types (audit s6, fault 1): 600 ms after the last
 * keystroke, at least every 3 s during continuous typing, on blur, on unmount and when the page
 * goes away (page-leave.ts). It never fights the user: the field's own value is never replaced by
 * a reply to its own save (no caret jump, no lost keystrokes), one save is in flight at a time,
 * and the draft is cleared only when what was saved is what the field still holds. Text over the
 * limit stays whole in the field and the draft, is not saved, and `problem` says how long it is
 * and what the limit is (faults 4, 10).
 *
 * Several tabs (audit s6, fault 2): every save carries `base`, the text main last confirmed to
 * this field, kept beside the draft (`<key>#base`, as field-draft.ts does) so it outlives a reload.
 * Saves go one at a time, each with the base the one before it left, so a save never finds its own
 * earlier save "changed elsewhere". When main refuses a save because another tab saved the field
 * since, autosaving stops, the user's text stays in the field and its draft, and `conflict` holds
 * main's message until the user picks `keepMine` (saved over the other text) or `keepTheirs`
 * (the field takes the other text; the user's stays readable in `setAside`). A refusal while the
 * page was going away leaves the text and its base in the draft: the next load tries again and
 * shows the choice then.
 */
export function useAutosavedText({ draftKey, saved, limit, what, save }: Options) {
  const { syncNow } = useAppState();
  const [value, setDraft] = useDraft(draftKey, saved);
  const baseKey = `${draftKey}#base`;
  const sentKey = `${draftKey}#sent`;
  const live = useRef({ value, saved, save, draftKey, baseKey, sentKey, limit });
  live.current = { value, saved, save, draftKey, baseKey, sentKey, limit };
  // What main holds as far as this field knows: the text it last saved, or main's newer word. A
  // draft that main already holds was saved though its reply never came (the page-leave save of a
  // reload or a closed tab): the base kept beside it is obsolete, and would make the next save look
  // "changed elsewhere" (re-check of 2026-11-30).
  // The saves this field sent that main has not confirmed (the page reloaded or closed first: the
  // save in flight, and the one the page sends on its way out) keep their texts beside the draft
  // (`<key>#sent`, the last few) until main confirms one; see the effect below.
  const ownSent = useRef<string[]>(sentTexts(readDraft<unknown>(sentKey)));
  const base = useRef<string>(value === saved ? saved : (readDraft<string>(baseKey) ?? saved));
  const sending = useRef<string | null>(null);
  const [conflict, setConflictState] = useState<string | null>(null);
  const conflictRef = useRef<string | null>(null);
  const setConflict = useCallback((message: string | null) => {
    conflictRef.current = message;
    setConflictState(message);
  }, []);
  const [setAside, setSetAside] = useState<string | null>(null);
  const mounted = useRef(true);
  const rebase = useCallback((next: string) => {
    base.current = next;
    clearDraft(live.current.baseKey);
  }, []);
  const [seenSaved, setSeenSaved] = useState(saved);
  if (seenSaved !== saved) {
    // Main's text changed. A reply to this field's own save changes nothing on screen; any other
    // change (undo, restore, another tab) is shown only if the field holds no unsaved text of its
    // own. While it does, the base stays where the edit began: the next save is then refused as
    // changed elsewhere, and the user chooses (nothing written over).
    setSeenSaved(saved);
    if (saved !== base.current && saved !== sending.current && value === base.current && !conflictRef.current) {
      base.current = saved;
      setDraft(saved);
    } else if (saved === value && !conflictRef.current) {
      // Main now holds exactly what the field holds (its own save, or the same text from elsewhere).
      base.current = saved;
    }
  }
  const timers = useRef<{ pause?: ReturnType<typeof setTimeout>; maxWait?: ReturnType<typeof setTimeout> }>({});
  const flight = useRef<{ busy: Promise<unknown> | null; again: boolean }>({ busy: null, again: false });
  const typing = useRef(0);

  const onChangedElsewhere = useCallback(
    (message: string) => {
      if (!mounted.current) return false; // not shown here: main's message goes to the error bar
      setConflict(message);
      void syncNow(); // fetch the other tab's text now, to show it beside the user's
      return true;
    },
    [setConflict, syncNow],
  );

  const send = useCallback(
    (text: string, from: string): Promise<boolean> => {
      sending.current = text;
      // Kept until main confirms it: a reload before then tells the next page which text was its own.
      writeDraft(live.current.sentKey, [...sentTexts(readDraft<unknown>(live.current.sentKey)), text].slice(-UNCONFIRMED_KEPT));
      const busy = live.current.save(text, from, typing.current, onChangedElsewhere).then((ok) => {
        flight.current.busy = null;
        sending.current = null;
        if (ok) {
          // Only a save main confirmed is forgotten: one cut off with the page (a reload aborts
          // the request; its reply says nothing of whether main got it) may still have landed.
          clearDraft(live.current.sentKey);
          rebase(text);
          if (live.current.value === text) clearDraft(live.current.draftKey);
        }
        return ok;
      });
      flight.current.busy = busy;
      return busy;
    },
    [onChangedElsewhere, rebase],
  );

  const flush = useCallback((): Promise<unknown> => {
    clearTimeout(timers.current.pause);
    clearTimeout(timers.current.maxWait);
    timers.current = {};
    const { value: text, limit: max } = live.current;
    // Waiting on the user's choice (keep mine / keep the other's): nothing is sent meanwhile.
    if (conflictRef.current || text === base.current || text.length > max) return flight.current.busy ?? Promise.resolve();
    if (flight.current.busy) {
      flight.current.again = true;
      return flight.current.busy;
    }
    return send(text, base.current).then((ok) => {
      if (flight.current.again) {
        flight.current.again = false;
        if (ok) return flush();
      }
      return undefined;
    });
  }, [send]);

  const schedule = useCallback(() => {
    if (conflictRef.current) return;
    clearTimeout(timers.current.pause);
    timers.current.pause = setTimeout(() => void flush(), AUTOSAVE_PAUSE_MS);
    timers.current.maxWait ??= setTimeout(() => void flush(), AUTOSAVE_MAX_WAIT_MS);
  }, [flush]);

  // Register for the page going away; flush on unmount (a closed panel, another view).
  useEffect(() => {
    mounted.current = true;
    const unregister = registerFlusher(flush);
    // A draft kept from before a reload is unsaved text: send it soon.
    if (live.current.value !== base.current) schedule();
    return () => {
      mounted.current = false;
      unregister();
      void flush();
    };
  }, [flush, schedule]);
  // When main holds the text of a save the page before a reload sent and never heard back from,
  // main holds this tab's own save, though the field has a key or two more that landed as the page
  // unloaded. Taking it for another window's change was a false conflict of a tab with itself
  // (check 3 of 2026-11-30, fault A: reload pressed while still typing). It becomes the base, a
  // refusal it caused is withdrawn, and the rest of the text goes out. Main's text may arrive at
  // boot or with a later sync (the last save of the page before can land after this page booted).
  useEffect(() => {
    if (!ownSent.current.includes(saved)) return;
    const before = ownSent.current;
    ownSent.current = [];
    // Keeps what this page has sent since (a save of its own may be on its way).
    const since = sentTexts(readDraft<unknown>(live.current.sentKey)).filter((text) => !before.includes(text));
    if (since.length) writeDraft(live.current.sentKey, since);
    else clearDraft(live.current.sentKey);
    base.current = saved;
    if (live.current.value === saved) clearDraft(live.current.baseKey);
    else writeDraft(live.current.baseKey, saved);
    if (conflictRef.current) setConflict(null);
    if (live.current.value !== saved) schedule();
  }, [saved, schedule, setConflict]);
  // The flush sends this field's text when the page goes away, unless it is over the limit, waits
  // on the user's choice, or main already holds other text than the edit began from (another tab
  // saved since: the save would be refused, as on a panel reopened over an unmade choice). Then
  // closing the page asks first (unsaved-text.ts).
  useEffect(
    () =>
      registerAutosaved(draftKey, {
        canSend: () => {
          const { value: text, saved: held, limit: max } = live.current;
          if (conflictRef.current || text.length > max) return false;
          return text === base.current || held === base.current || held === text || held === sending.current;
        },
      }),
    [draftKey],
  );

  const onChange = useCallback(
    (text: string) => {
      setDraft(text);
      live.current.value = text;
      // The base goes beside the draft while there is unsaved text (a reload keeps both).
      if (text === base.current) clearDraft(live.current.baseKey);
      else writeDraft(live.current.baseKey, base.current);
      schedule();
    },
    [setDraft, schedule],
  );

  /** Saves the user's text over the other tab's (only when the user asks). */
  const keepMine = useCallback(() => {
    const theirs = live.current.saved;
    const text = live.current.value;
    if (flight.current.busy) return;
    void send(text, theirs).then((ok) => {
      if (!ok) return;
      setConflict(null);
      setSetAside(null);
    });
  }, [send, setConflict]);

  /** The field takes the other tab's text; the user's stays readable (set aside) until dismissed. */
  const keepTheirs = useCallback(() => {
    const theirs = live.current.saved;
    setSetAside(live.current.value);
    rebase(theirs);
    setDraft(theirs);
    live.current.value = theirs;
    clearDraft(live.current.draftKey);
    setConflict(null);
  }, [rebase, setDraft, setConflict]);

  const onFocus = useCallback(() => void (typing.current += 1), []);
  const onBlur = useCallback(() => void flush(), [flush]);
  const problem = tooLongMessage(what, value.length, limit);
  return { value, onChange, onFocus, onBlur, problem, flush, conflict, keepMine, keepTheirs, setAside, dismissSetAside: () => setSetAside(null) };
}

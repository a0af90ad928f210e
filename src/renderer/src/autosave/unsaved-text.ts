import { useEffect } from 'react';
import type { Plan } from '@shared/plan-schema';
import { draftStoreKey, heldDrafts, readDraft } from '../drafts';
import { setLeaveGuard } from './page-leave';

/*
 * Typed text that is not saved is never dropped unasked (re-check of 2026-11-30, N2). Every field
 * keeps its unsaved text as a draft (drafts.ts), and drafts live in sessionStorage, which dies
 * with the tab. When the page goes away, the page-leave flush (page-leave.ts) sends what it can:
 * autosaved notes within their limit and with no open "changed in another window" choice. Any
 * other draft — notes over the limit, notes waiting on Keep mine / Keep the other window's, and
 * every field that saves only on its Save/Add button (card name, description, stack, links, a new
 * step, the Add project dialog, week links, the profile, the schedule, a column) — would be lost,
 * so the page asks first (page-leave.ts's beforeunload; main's native question in the desktop app).
 *
 * Audit of the draft users (useDraft / useFieldDraft): all of them hold text or choices the user
 * typed and has not saved; each clears its draft once saved or when the text equals the saved
 * value, so a held draft is unsaved input. Only autosaved notes are sent by the flush.
 * A field with no draft (an inline rename in progress, InlineRename.tsx) sends its text in the flush
 * as its blur does and registers here (registerFieldText) only to say what the flush could not save.
 */

interface Autosaved {
  /** True while the field's text can go out in the page-leave flush (within limit, no open conflict). */
  canSend(): boolean;
}

const autosaved = new Map<string, Autosaved>();
let savedPlan: Plan | null = null;
/** Drafts whose save is on its way to main: store key → the text of each save in flight (JSON). */
const sending = new Map<string, string[]>();

/**
 * A draft whose Save/Add was pressed is not asked about while that save is on its way (check 3 s7,
 * fault D: closing the tab a few ms after Enter asked "Leave site?" although the save landed): the
 * request has left the page. Call with the drafts' keys (as given to useDraft) and the save's
 * promise, in the same event as the send; each draft's text is taken now. Text typed after the
 * send differs from it and still counts; a refused save leaves the draft held and counted again.
 * Returns `saving`.
 */
export function whileSending<T>(draftKeys: readonly string[], saving: Promise<T>): Promise<T> {
  const sent = draftKeys.map((draftKey) => [draftStoreKey(draftKey), JSON.stringify(readDraft(draftKey) ?? null)] as const);
  for (const [key, text] of sent) sending.set(key, [...(sending.get(key) ?? []), text]);
  const done = () => {
    for (const [key, text] of sent) {
      const left = sending.get(key) ?? [];
      left.splice(left.indexOf(text), 1);
      if (left.length === 0) sending.delete(key);
    }
  };
  saving.then(done, done);
  return saving;
}

/** Fields whose typed text lives only in the field, not in a draft (an inline rename in progress). */
const fieldTexts = new Set<() => boolean>();

/**
 * A field whose typed text is in the field only (no draft) says whether it holds text the
 * page-leave flush could not save (asked after the flush: e.g. a rename over its limit, which its
 * blur does not commit either). Returns the unregister function (call when the field goes).
 */
export function registerFieldText(unsaved: () => boolean): () => void {
  fieldTexts.add(unsaved);
  return () => void fieldTexts.delete(unsaved);
}

/**
 * A mounted autosaved field says whether the page-leave flush can send its draft (`draftKey` as
 * given to useAutosavedText). Returns the unregister function (call on unmount).
 */
export function registerAutosaved(draftKey: string, field: Autosaved): () => void {
  const key = draftStoreKey(draftKey);
  autosaved.set(key, field);
  return () => {
    if (autosaved.get(key) === field) autosaved.delete(key);
  };
}

/**
 * Called by the app's state (app-state.tsx) with the plan as main last sent it: installs the check
 * on the page's leave listeners (page-leave.ts stays free of React and the drafts, so the app's
 * tiny entry does not grow), and lets an unmounted notes draft equal to the plan count as saved.
 */
export function useUnsavedTextGuard(plan: Plan | null): void {
  useEffect(() => noteSavedPlan(plan), [plan]);
  useEffect(() => setLeaveGuard(hasUnsavedText), []);
}

/** The plan as main last sent it; null before the boot. */
export function noteSavedPlan(plan: Plan | null): void {
  savedPlan = plan;
}

/**
 * The saved notes a notes draft stands for, by its key (`project-notes:<id>`, `week-notes:<n>`,
 * in the open roadmap's scope), or undefined for any other draft or another roadmap's.
 */
function savedNotesFor(storeKey: string, plan: Plan | null): string | undefined {
  const scope = draftStoreKey('');
  // Another roadmap's drafts (scope 'other/') never match the open one's plan.
  if (!plan || !storeKey.startsWith(scope) || storeKey.slice(scope.length).includes('/')) return undefined;
  const key = storeKey.slice(scope.length);
  const project = /^project-notes:(.+)$/.exec(key);
  if (project) return plan.projects[project[1]!]?.notes;
  const week = /^week-notes:(\d+)$/.exec(key);
  if (week) return plan.weeks[Number(week[1]) - 1]?.notes;
  return undefined;
}

/**
 * The keys of drafts that closing the page would lose: held drafts (drafts.ts) minus those a
 * mounted autosaved field can send now and unmounted notes drafts main already holds (a reload's
 * page-leave save arrived though its reply never did). Empty when nothing would be lost.
 */
export function unsavedDraftKeys(): string[] {
  return heldDrafts()
    .filter(([key, value]) => {
      if (sending.get(key)?.includes(JSON.stringify(value))) return false;
      const field = autosaved.get(key);
      if (field) return !field.canSend();
      const savedNotes = savedNotesFor(key, savedPlan);
      return savedNotes === undefined || savedNotes !== value;
    })
    .map(([key]) => key);
}

/** True when closing the page now would drop typed text that is not saved. */
export function hasUnsavedText(): boolean {
  return unsavedDraftKeys().length > 0 || [...fieldTexts].some((unsaved) => unsaved());
}

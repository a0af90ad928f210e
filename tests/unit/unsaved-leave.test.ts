import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAfterFlush } from '../../src/main/core/close-after-flush';
import { CLOSE_ANYWAY, UNSAVED_CLOSE_QUESTION, unsavedCloseHandler } from '../../src/main/core/unsaved-close';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { clearDraft, heldDrafts, setDraftScope, writeDraft } from '../../src/renderer/src/drafts';
import { installPageLeaveFlush, setLeaveGuard } from '../../src/renderer/src/autosave/page-leave';
import { hasUnsavedText, noteSavedPlan, registerAutosaved, registerFieldText, unsavedDraftKeys, whileSending } from '../../src/renderer/src/autosave/unsaved-text';
import { loadCurriculumData } from '../../scripts/generate-stress-plan';

/*
 * Re-check of 2026-11-30, N2: typed text that is not saved is never dropped unasked when the page
 * or the desktop window goes away. Renderer rule (which drafts would be lost) and main's question.
 */

const closeEvent = () => ({ prevented: false, preventDefault() { this.prevented = true; } });

describe('desktop: main asks before a window with unsaved text closes (will-prevent-unload)', () => {
  it('"Close anyway" lets the window close (preventDefault ignores the page\'s beforeunload); the user is not told to stay', () => {
    const onStay = vi.fn();
    const asked: unknown[] = [];
    const handler = unsavedCloseHandler({ ask: (q) => (asked.push(q), CLOSE_ANYWAY), onStay });
    const event = closeEvent();
    handler(event);
    expect(asked).toEqual([UNSAVED_CLOSE_QUESTION]);
    expect(event.prevented).toBe(true);
    expect(onStay).not.toHaveBeenCalled();
  });

  it('"Stay", Escape or a closed question keep the window open (the event left alone) and reopen the close guard', () => {
    for (const answer of [0, UNSAVED_CLOSE_QUESTION.cancelId, -1]) {
      const onStay = vi.fn();
      const event = closeEvent();
      unsavedCloseHandler({ ask: () => answer, onStay })(event);
      expect(event.prevented).toBe(false);
      expect(onStay).toHaveBeenCalledTimes(1);
    }
  });

  it('the question is in plain words, with "Stay" as the safe default', () => {
    expect(UNSAVED_CLOSE_QUESTION.message).toBe('You have text that is not saved.');
    expect(UNSAVED_CLOSE_QUESTION.buttons).toEqual(['Stay', 'Close anyway']);
    expect(UNSAVED_CLOSE_QUESTION.buttons[UNSAVED_CLOSE_QUESTION.defaultId]).toBe('Stay');
    expect(UNSAVED_CLOSE_QUESTION.buttons[UNSAVED_CLOSE_QUESTION.cancelId]).toBe('Stay');
    expect(UNSAVED_CLOSE_QUESTION.buttons[CLOSE_ANYWAY]).toBe('Close anyway');
  });

  it('after "Stay", the next close asks the page to save again; a late timer of the first close does not close the window', async () => {
    const askPageToFlush = vi.fn(() => Promise.resolve());
    const close = vi.fn();
    const timers: Array<() => void> = [];
    const guard = closeAfterFlush({ askPageToFlush, close, timeoutMs: 3000, setTimer: (fn) => timers.push(fn) });
    guard(closeEvent());
    await Promise.resolve();
    await Promise.resolve();
    expect(close).toHaveBeenCalledTimes(1);
    // close() runs the page's beforeunload; the page holds it and the user stays.
    unsavedCloseHandler({ ask: () => 0, onStay: () => guard.reopen() })(closeEvent());
    timers[0]!(); // the first round's timeout, late
    expect(close).toHaveBeenCalledTimes(1);
    const next = closeEvent();
    guard(next);
    expect(next.prevented).toBe(true);
    expect(askPageToFlush).toHaveBeenCalledTimes(2);
    await Promise.resolve();
    await Promise.resolve();
    expect(close).toHaveBeenCalledTimes(2);
    const passing = closeEvent();
    guard(passing);
    expect(passing.prevented).toBe(false);
  });
});

describe('the page: which typed text closing it would lose', () => {
  const plan = createDefaultPlan(loadCurriculumData(), '2026-11-30');
  const projectId = Object.keys(plan.projects)[0]!;
  const cleanUp: Array<() => void> = [];
  afterEach(() => {
    cleanUp.splice(0).forEach((fn) => fn());
    for (const [key] of heldDrafts()) clearDraft(key);
    setDraftScope('builtin');
    noteSavedPlan(null);
  });

  it('nothing held: nothing to lose', () => {
    expect(hasUnsavedText()).toBe(false);
  });

  it('a draft waiting on its Save/Add button (card name, new step, Add project, week link) is unsaved; cleared once saved', () => {
    writeDraft(`project-words:${projectId}`, { name: 'My own name', description: '', stack: '' });
    writeDraft(`new-step:${projectId}`, 'Write the tests');
    expect(unsavedDraftKeys().sort()).toEqual([`new-step:${projectId}`, `project-words:${projectId}`]);
    clearDraft(`new-step:${projectId}`);
    clearDraft(`project-words:${projectId}`);
    expect(hasUnsavedText()).toBe(false);
  });

  it('a field\'s base kept beside its draft is bookkeeping, not text', () => {
    writeDraft(`project-notes:${projectId}#base`, 'old');
    expect(hasUnsavedText()).toBe(false);
  });

  it('autosaved notes: sendable by the flush → not asked; over the limit or waiting on a conflict choice → asked', () => {
    writeDraft(`project-notes:${projectId}`, 'typed notes');
    let sendable = true;
    cleanUp.push(registerAutosaved(`project-notes:${projectId}`, { canSend: () => sendable }));
    expect(hasUnsavedText()).toBe(false);
    sendable = false;
    expect(unsavedDraftKeys()).toEqual([`project-notes:${projectId}`]);
  });

  it('notes whose panel is closed: asked unless main already holds exactly that text (a reload\'s page-leave save)', () => {
    writeDraft(`project-notes:${projectId}`, 'over the limit, kept here');
    writeDraft('week-notes:3', 'week three');
    noteSavedPlan(plan);
    expect(unsavedDraftKeys().sort()).toEqual([`project-notes:${projectId}`, 'week-notes:3']);
    const saved = structuredClone(plan);
    saved.projects[projectId]!.notes = 'over the limit, kept here';
    saved.weeks[2]!.notes = 'week three';
    noteSavedPlan(saved);
    expect(hasUnsavedText()).toBe(false);
  });

  it('a field holding its text only in itself (an inline rename over its limit) is asked about while it says so, and not once it goes', () => {
    let unsaved = true;
    const off = registerFieldText(() => unsaved);
    cleanUp.push(off);
    expect(hasUnsavedText()).toBe(true);
    unsaved = false; // the page-leave flush saved it, as its blur does
    expect(hasUnsavedText()).toBe(false);
    unsaved = true;
    off();
    expect(hasUnsavedText()).toBe(false);
  });

  it('a draft whose save is on its way is not asked about; text typed after the send, or a refused save, is (check 3 s7, D)', async () => {
    writeDraft(`project-words:${projectId}`, { name: 'Sent name', description: '', stack: '' });
    let answer!: (ok: boolean) => void;
    const saving = whileSending([`project-words:${projectId}`], new Promise<boolean>((resolve) => (answer = resolve)));
    expect(hasUnsavedText()).toBe(false);
    writeDraft(`project-words:${projectId}`, { name: 'Sent name, then more', description: '', stack: '' });
    expect(unsavedDraftKeys()).toEqual([`project-words:${projectId}`]);
    writeDraft(`project-words:${projectId}`, { name: 'Sent name', description: '', stack: '' });
    expect(hasUnsavedText()).toBe(false);
    answer(false); // refused: the draft stays and counts again
    await saving;
    expect(unsavedDraftKeys()).toEqual([`project-words:${projectId}`]);
  });

  it('another roadmap\'s drafts count too (the tab holds them), and never match the open plan', () => {
    setDraftScope('js-roadmap');
    writeDraft(`project-notes:${projectId}`, '');
    setDraftScope('builtin');
    const saved = structuredClone(plan);
    saved.projects[projectId]!.notes = '';
    noteSavedPlan(saved);
    expect(unsavedDraftKeys()).toEqual([`js-roadmap/project-notes:${projectId}`]);
  });
});

describe('the page asks on beforeunload while the guard says text would be lost', () => {
  const fakeWindow = (desktop: boolean) => {
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
    const pageLife = desktop ? { pageLife: { onFlushRequest: () => undefined } } : {};
    return Object.assign(new EventTarget(), { document: doc, setTimeout, ...pageLife }) as unknown as Window;
  };
  const beforeUnload = () => Object.defineProperty(new Event('beforeunload', { cancelable: true }), 'returnValue', { writable: true, value: true });

  it('browser and desktop: held when text would be lost (returnValue set, preventDefault), passes when not', () => {
    for (const desktop of [false, true]) {
      const win = fakeWindow(desktop);
      installPageLeaveFlush(win);
      let unsaved = true;
      const remove = setLeaveGuard(() => unsaved);
      const held = beforeUnload();
      win.dispatchEvent(held);
      expect(held.defaultPrevented).toBe(true);
      expect((held as BeforeUnloadEvent).returnValue).toBe('');
      unsaved = false;
      const free = beforeUnload();
      win.dispatchEvent(free);
      expect(free.defaultPrevented).toBe(false);
      remove();
    }
  });
});

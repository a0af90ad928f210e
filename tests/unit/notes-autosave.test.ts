import { describe, expect, it, vi } from 'vitest';
import { closeAfterFlush, flushRequests } from '../../src/main/core/close-after-flush';
import { sliceOf } from '../../src/shared/domain/board-slice';
import { projectTextProblem } from '../../src/shared/domain/project-text';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { contract } from '../../src/shared/ipc/contract';
import { PROJECT_TEXT_LIMITS, TEXT_LIMITS, tooLongMessage } from '../../src/shared/plan-limits';
import { ProjectProgressSchema, WeekProgressSchema } from '../../src/shared/plan-schema';
import { flushAll, installPageLeaveFlush, isPageLeaving, registerFlusher } from '../../src/renderer/src/autosave/page-leave';
import { createHttpApi, KEEPALIVE_BODY_BYTES } from '../../src/renderer/src/http-api';
import { getHistory, joinFieldEdits, recordUndo, setHistory } from '../../src/renderer/src/features/board/board-history-store';
import { applyDelta } from '../../src/shared/domain/board-delta';
import { emptyHistory } from '../../src/shared/domain/board-history';
import { loadCurriculumData } from '../../scripts/generate-stress-plan';

/*
 * Audit s6, faults 1, 4 and 10 (the rules below the E2E tests in tests/e2e/notes-autosave.e2e.test.ts):
 * one source for each text limit, a plain message naming both numbers, the desktop window's
 * flush-before-close, keepalive while the page leaves, and one undo step per typing session.
 */

describe('text limits: one source for schema and fields', () => {
  it('notes hold 100,000 characters (project and week) and refuse one more; nothing is cut', () => {
    const project = ProjectProgressSchema.shape.notes;
    const week = WeekProgressSchema.shape.notes;
    expect(TEXT_LIMITS.projectNotes).toBe(100_000);
    expect(TEXT_LIMITS.weekNotes).toBe(100_000);
    expect(project.safeParse('n'.repeat(100_000)).success).toBe(true);
    expect(project.safeParse('n'.repeat(100_001)).success).toBe(false);
    expect(week.safeParse('w'.repeat(100_000)).success).toBe(true);
    expect(week.safeParse('w'.repeat(100_001)).success).toBe(false);
    // The 25,007-character paste of the audit fits with room to spare.
    expect(project.parse('x'.repeat(25_007))).toHaveLength(25_007);
  });

  it('the channels that save notes take the same limit', () => {
    const update = contract['board:update-project'].request;
    expect(update.safeParse({ projectId: 'chat-application', patch: { notes: 'n'.repeat(100_000) } }).success).toBe(true);
    expect(update.safeParse({ projectId: 'chat-application', patch: { notes: 'n'.repeat(100_001) } }).success).toBe(false);
    const week = contract['roadmap:update-week'].request;
    expect(week.safeParse({ week: 1, patch: { notes: 'w'.repeat(100_000) } }).success).toBe(true);
    expect(week.safeParse({ week: 1, patch: { notes: 'w'.repeat(100_001) } }).success).toBe(false);
  });

  it('the project name rule is the one limit (120) the field shows (fault 10)', () => {
    expect(PROJECT_TEXT_LIMITS.name).toBe(120);
    expect(projectTextProblem('name', 'a'.repeat(120))).toBeNull();
    expect(projectTextProblem('name', 'a'.repeat(139))).toBe('The name can be at most 120 characters (it has 139).');
  });

  it('says how long the text is and what the limit is, in plain words; null when it fits', () => {
    expect(tooLongMessage('These notes', 100_000, 100_000)).toBeNull();
    expect(tooLongMessage('The title', 61, 60)).toBe('The title: 61 characters, and the limit is 60. All of it is kept here, but it is not saved until it is 1 character shorter.');
    expect(tooLongMessage('These notes', 125_007, 100_000)).toBe(
      'These notes: 125,007 characters, and the limit is 100,000. All of it is kept here, but it is not saved until it is 25,007 characters shorter.',
    );
  });
});

describe('desktop: the window asks the page to save before it closes', () => {
  const closeEvent = () => ({ prevented: false, preventDefault() { this.prevented = true; } });

  it('holds the first close, asks once, and closes when the page answers', async () => {
    let answer!: () => void;
    const askPageToFlush = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    const close = vi.fn();
    const timers: Array<() => void> = [];
    const onClose = closeAfterFlush({ askPageToFlush, close, timeoutMs: 3000, setTimer: (fn) => timers.push(fn) });
    const first = closeEvent();
    onClose(first);
    expect(first.prevented).toBe(true);
    const again = closeEvent();
    onClose(again); // a second click on ✕ while saving
    expect(again.prevented).toBe(true);
    expect(askPageToFlush).toHaveBeenCalledTimes(1);
    expect(close).not.toHaveBeenCalled();
    answer();
    await Promise.resolve();
    await Promise.resolve();
    expect(close).toHaveBeenCalledTimes(1);
    // The close that close() starts passes; the late timeout does not close twice.
    const last = closeEvent();
    onClose(last);
    expect(last.prevented).toBe(false);
    timers.forEach((fn) => fn());
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('closes after the timeout when the page never answers (a hung page does not keep the app open)', () => {
    const close = vi.fn();
    const timers: Array<[() => void, number]> = [];
    const onClose = closeAfterFlush({ askPageToFlush: () => new Promise(() => undefined), close, timeoutMs: 3000, setTimer: (fn, ms) => timers.push([fn, ms]) });
    onClose(closeEvent());
    expect(timers.map(([, ms]) => ms)).toEqual([3000]);
    timers[0]![0]();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('numbers the requests: only the answer to a request still waiting settles it', async () => {
    const sent: number[] = [];
    const requests = flushRequests((id) => sent.push(id));
    let done = false;
    const asked = requests.ask().then(() => (done = true));
    expect(sent).toEqual([1]);
    requests.answered(7);
    requests.answered('1');
    await Promise.resolve();
    expect(done).toBe(false);
    requests.answered(1);
    await asked;
    expect(done).toBe(true);
  });
});

describe('browser mode: saves sent while the page leaves outlive it (keepalive)', () => {
  const fakeWindow = () => {
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
    return Object.assign(new EventTarget(), { document: doc, setTimeout }) as unknown as Window;
  };
  const win = fakeWindow();
  /** Like the browser's BeforeUnloadEvent: cancelable, with a settable returnValue. */
  const beforeUnload = () => Object.defineProperty(new Event('beforeunload', { cancelable: true }), 'returnValue', { writable: true, value: true });
  installPageLeaveFlush(win);

  it('flushes every registered field on pagehide, with keepalive for a body under 60 KiB', async () => {
    const inits: RequestInit[] = [];
    const api = createHttpApi((async (_url: string, init: RequestInit) => (inits.push(init), new Response('{"ok":true,"data":{}}'))) as typeof fetch);
    const flushed: string[] = [];
    const unregister = registerFlusher(async () => {
      flushed.push('notes');
      await api.invoke('plan:get', {});
    });
    win.dispatchEvent(new Event('pagehide'));
    expect(isPageLeaving()).toBe(true);
    expect(flushed).toEqual(['notes']);
    await flushAll();
    expect(inits[0]).toMatchObject({ keepalive: true });
    unregister();
    win.dispatchEvent(new Event('pageshow'));
    expect(isPageLeaving()).toBe(false);
    await api.invoke('plan:get', {});
    expect(inits.at(-1)!.keepalive).toBeUndefined();
  });

  it('a body over the keepalive limit goes as an ordinary request and the page asks the browser to wait', async () => {
    const inits: RequestInit[] = [];
    const api = createHttpApi((async (_url: string, init: RequestInit) => (inits.push(init), new Response('{"ok":true,"data":{}}'))) as typeof fetch);
    const big = 'n'.repeat(KEEPALIVE_BODY_BYTES + 1);
    const unregister = registerFlusher(() => api.invoke('board:update-project', { projectId: 'chat-application', patch: { notes: big } }));
    const leaving = beforeUnload();
    win.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    await flushAll();
    expect(inits[0]!.keepalive).toBeUndefined();
    expect(JSON.parse(String(inits[0]!.body)).patch.notes).toHaveLength(big.length);
    unregister();
    const clean = beforeUnload();
    win.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
  });
});

describe('undo: notes saved while typing are one step', () => {
  it('saves of one typing session record one undo step; another change in between starts a new one', async () => {
    const plan = createDefaultPlan(loadCurriculumData(), '2026-11-30');
    const slice = sliceOf(plan);
    setHistory(emptyHistory(100));
    recordUndo(slice, 'notes:chat-application:1');
    recordUndo(slice, 'notes:chat-application:1');
    recordUndo(slice, 'notes:chat-application:1');
    expect(getHistory().past).toHaveLength(1);
    recordUndo(slice, 'notes:chat-application:2');
    expect(getHistory().past).toHaveLength(2);
    recordUndo(slice);
    recordUndo(slice, 'notes:chat-application:2');
    expect(getHistory().past).toHaveLength(4);
    setHistory(emptyHistory(100));
  });

  it('on main\'s deltas (several tabs, board-delta.ts): one typing session\'s saves join into one step from the text before it to the latest', () => {
    const plan = createDefaultPlan(loadCurriculumData(), '2026-11-30');
    const id = 'chat-application';
    const edit = (from: string, to: string) => ({
      back: { fields: { [id]: { from: { notes: to }, to: { notes: from } } } },
      forth: { fields: { [id]: { from: { notes: from }, to: { notes: to } } } },
    });
    setHistory(emptyHistory(100));
    recordUndo(edit('', 'a'), 'notes:chat-application:1');
    recordUndo(edit('a', 'ab'), 'notes:chat-application:1');
    recordUndo(edit('ab', 'abc'), 'notes:chat-application:1');
    expect(getHistory().past).toEqual([edit('', 'abc')]);
    // Undo of the joined step applies only while the notes are still the latest text (guarded).
    const step = getHistory().past[0]!;
    const typed = { ...plan, projects: { ...plan.projects, [id]: { ...plan.projects[id]!, notes: 'abc' } } };
    expect(applyDelta(typed, 'back' in step ? step.back : {})!.projects[id]!.notes).toBe('');
    expect(applyDelta({ ...typed, projects: { ...typed.projects, [id]: { ...typed.projects[id]!, notes: 'other tab' } } }, 'back' in step ? step.back : {})).toBeNull();
    // Another focus, or a move in between, starts a new step; a move never joins a notes step.
    recordUndo(edit('abc', 'abcd'), 'notes:chat-application:2');
    expect(getHistory().past).toHaveLength(2);
    const move = { back: { projects: { moves: [], order: {} } }, forth: { projects: { moves: [], order: {} } } };
    expect(joinFieldEdits(edit('a', 'b'), move)).toBeNull();
    setHistory(emptyHistory(100));
  });
});

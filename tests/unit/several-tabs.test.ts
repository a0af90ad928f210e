import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDelta, boardDelta, cellsDelta, REDO_REFUSED, reverseDelta, UNDO_REFUSED } from '../../src/shared/domain/board-delta';
import { sliceOf } from '../../src/shared/domain/board-slice';
import { CHANGED_ELSEWHERE, changedElsewhereMessage, staleFields } from '../../src/shared/domain/compare-and-set';
import type { BoardChange } from '../../src/shared/domain/board-change';
import type { Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';

/*
 * Audit s6, faults 2 and 3: several tabs (browser mode) or windows on one data folder. A stale tab
 * must never write over a newer save, and Undo takes back only the tab's own change.
 */

const SENTIMENT = 'sentiment-analysis-tool';
const MOVIES = 'movie-recommendation-system';
const JOBS = 'job-scraper';

describe('compare-and-set (domain/compare-and-set.ts)', () => {
  it('names the fields whose stored value is no longer the base the edit started from', () => {
    const stored = { notes: 'NOTES-FROM-TAB-B important', repoUrl: '', startedOn: null as string | null };
    expect(staleFields(stored, { notes: ' More.' })).toEqual(['notes']);
    expect(staleFields(stored, { notes: 'NOTES-FROM-TAB-B important', startedOn: null })).toEqual([]);
    expect(staleFields(stored, { startedOn: '2026-11-30' })).toEqual(['startedOn']);
    expect(staleFields(stored, undefined)).toEqual([]);
    expect(staleFields({ words: { a: 1 } }, { words: { a: 1 } })).toEqual([]);
    // Already holding what the save writes: nothing would be written over.
    expect(staleFields(stored, { notes: ' More.' }, { notes: 'NOTES-FROM-TAB-B important' })).toEqual([]);
    expect(staleFields(stored, { notes: ' More.' }, { notes: 'another text' })).toEqual(['notes']);
  });

  it('says it in plain words, naming the fields as the user sees them', () => {
    // Check2 s6, N3: the old expectation was "Notes was changed"; the verb now agrees with every field name.
    expect(changedElsewhereMessage(['notes'])).toBe(
      `${CHANGED_ELSEWHERE}: The notes were changed in another window or tab after you started editing, so your change was not saved over it. Nothing was lost: choose which text to keep.`,
    );
    expect(changedElsewhereMessage(['name', 'description'])).toContain('The project name and the description were changed');
    const said = (fields: string[]) => changedElsewhereMessage(fields).replace(`${CHANGED_ELSEWHERE}: `, '').split(' changed in another window')[0];
    expect(said(['repoUrl'])).toBe('The repository URL was');
    expect(said(['startedOn'])).toBe('The start date was');
    expect(said(['finishedOn'])).toBe('The finish date was');
    expect(said(['name'])).toBe('The project name was');
    expect(said(['description'])).toBe('The description was');
    expect(said(['stack'])).toBe('The stack was');
    expect(said(['stackChoices'])).toBe('The stack choices were');
    expect(said(['links'])).toBe('The links were');
    expect(said(['lengthFactor'])).toBe('The week length was');
    expect(said(['title'])).toBe('The title was');
    expect(said(['startedOn', 'finishedOn', 'notes'])).toBe('The start date, the finish date and the notes were');
  });
});

const cells = (o: Record<string, string[]>) => o;

describe('guarded undo (domain/board-delta.ts)', () => {
  it('names only the card that moved, also within one column', () => {
    const before = cells({ a: ['x', 'y', 'z'], b: [] });
    expect(cellsDelta(before, cells({ a: ['y', 'z'], b: ['x'] }))!.moves).toEqual([{ id: 'x', from: 'a', to: 'b' }]);
    expect(cellsDelta(before, cells({ a: ['y', 'z', 'x'], b: [] }))!.moves).toEqual([{ id: 'x', from: 'a', to: 'a' }]);
    expect(cellsDelta(before, before)).toBeNull();
  });

  it('the audit steps: undoing A\'s move keeps B\'s move (B moved another card out of the same column)', () => {
    const start = { backlog: [SENTIMENT, MOVIES, JOBS], upnext: [], review: [] } as Record<string, string[]>;
    const aMoved = { backlog: [MOVIES, JOBS], upnext: [SENTIMENT], review: [] };
    const bMoved = { backlog: [JOBS], upnext: [SENTIMENT], review: [MOVIES] };
    const board = (projects: Record<string, string[]>) => ({
      board: { columns: ['backlog', 'upnext', 'review'].map((id) => ({ id, title: id, role: 'todo' as const, wipLimit: null })), projects, steps: {}, collapsedLanes: [] },
      steps: {},
      projects: {},
    });
    const back = boardDelta(board(aMoved), board(start))!;
    const undone = applyDelta(board(bMoved), back)!;
    expect(undone.board.projects).toEqual({ backlog: [SENTIMENT, JOBS], upnext: [], review: [MOVIES] });
    // Redo puts A's card where A had put it, B's still untouched.
    const forth = boardDelta(board(start), board(aMoved))!;
    expect(applyDelta(undone, forth)!.board.projects).toEqual({ backlog: [JOBS], upnext: [SENTIMENT], review: [MOVIES] });
  });

  it('the reverse of a step, and a step looked for only where a change was named, are the same as comparing everything', () => {
    const columns = ['a', 'b'].map((id) => ({ id, title: id, role: 'todo' as const, wipLimit: null }));
    const mk = (projects: Record<string, string[]>, notes: string) => ({ board: { columns, projects, steps: {}, collapsedLanes: [] }, steps: {}, projects: { x: { notes, repoUrl: '', startedOn: null, finishedOn: null } } });
    const before = mk({ a: ['x', 'y', 'z'], b: ['w'] }, 'old');
    const after = mk({ a: ['y', 'z'], b: ['x', 'w'] }, 'new');
    const forth = boardDelta(before, after)!;
    expect(boardDelta(before, after, { columns: false, cells: true, lanes: [], steps: [], projects: ['x'] })).toEqual(forth);
    expect(applyDelta(after, reverseDelta(forth, before))).toEqual(before);
    expect(applyDelta(after, boardDelta(after, before)!)).toEqual(before);
  });

  it('refuses when a card the step touched was moved elsewhere since, and changes nothing', () => {
    const columns = ['backlog', 'upnext', 'done'].map((id) => ({ id, title: id, role: 'todo' as const, wipLimit: null }));
    const mk = (projects: Record<string, string[]>) => ({ board: { columns, projects, steps: {}, collapsedLanes: [] }, steps: {}, projects: {} });
    // The undo of "Backlog -> Up next": from after the move back to before it.
    const undo = boardDelta(mk({ backlog: [], upnext: [SENTIMENT], done: [] }), mk({ backlog: [SENTIMENT], upnext: [], done: [] }))!;
    expect(applyDelta(mk({ backlog: [], upnext: [SENTIMENT], done: [] }), undo)!.board.projects).toEqual({ backlog: [SENTIMENT], upnext: [], done: [] });
    expect(applyDelta(mk({ backlog: [], upnext: [], done: [SENTIMENT] }), undo)).toBeNull();
  });

  it('refuses when a field the step changed was saved again elsewhere', () => {
    const columns = [{ id: 'c', title: 'c', role: 'todo' as const, wipLimit: null }];
    const mk = (notes: string) => ({ board: { columns, projects: { c: ['p'] }, steps: {}, collapsedLanes: [] }, steps: {}, projects: { p: { notes, repoUrl: '', startedOn: null, finishedOn: null } } });
    const undo = boardDelta(mk('mine'), mk('old'))!;
    expect(applyDelta(mk('mine'), undo)!.projects.p!.notes).toBe('old');
    expect(applyDelta(mk('theirs'), undo)).toBeNull();
  });
});

async function twoTabs() {
  const env = await startTestServices({ prefix: 's6tabs' });
  const ok = async <T>(channel: string, payload: unknown): Promise<T> => {
    const reply = await env.call(channel, payload);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.data as T;
  };
  const fileNotes = async (id: string) => {
    await env.store.flush();
    return (JSON.parse(await readFile(join(env.dataDir, 'planner.json'), 'utf8')) as Plan).projects[id]!.notes;
  };
  return { env, ok, fileNotes };
}

describe('main: several tabs on one data folder', () => {
  it('fault 2: a save whose base is no longer stored is refused, and the newer notes stay on disk', async () => {
    const { env, ok, fileNotes } = await twoTabs();
    const base = env.store.plan.projects[JOBS]!.notes;
    // Tab B saves first (with its base: what it started from).
    await ok('board:update-project', { projectId: JOBS, patch: { notes: 'NOTES-FROM-TAB-B important' }, base: { notes: base } });
    // Tab A still started from the old text.
    const refused = await env.call('board:update-project', { projectId: JOBS, patch: { notes: `${base}A adds a line` }, base: { notes: base } });
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: changedElsewhereMessage(['notes']) } });
    expect(await fileNotes(JOBS)).toBe('NOTES-FROM-TAB-B important');
    // "Keep mine": A saves again on the text it was shown.
    await ok('board:update-project', { projectId: JOBS, patch: { notes: `${base}A adds a line` }, base: { notes: 'NOTES-FROM-TAB-B important' } });
    expect(await fileNotes(JOBS)).toBe(`${base}A adds a line`);
    await env.close();
  });

  it('a save of what is already stored is not a conflict, whatever its base: the page-leave save landed, its reply did not (re-check of 2026-11-30, reload right after typing)', async () => {
    const { env, ok, fileNotes } = await twoTabs();
    const base = env.store.plan.projects[JOBS]!.notes;
    // The save sent as the page reloaded reached main; the page never heard, so its draft keeps the old base.
    await ok('board:update-project', { projectId: JOBS, patch: { notes: 'typed, then reloaded' }, base: { notes: base } });
    await ok('board:update-project', { projectId: JOBS, patch: { notes: 'typed, then reloaded' }, base: { notes: base } });
    expect(await fileNotes(JOBS)).toBe('typed, then reloaded');
    await ok('roadmap:update-week', { week: 1, patch: { notes: 'WEEK, then reloaded' }, base: { notes: '' } });
    await ok('roadmap:update-week', { week: 1, patch: { notes: 'WEEK, then reloaded' }, base: { notes: '' } });
    const stepId = Object.values(env.store.plan.steps).find((s) => s.projectId === JOBS)!.id;
    const title = env.store.plan.steps[stepId]!.title;
    await ok('board:update-step', { stepId, patch: { title: 'Renamed, then reloaded' }, base: { title } });
    await ok('board:update-step', { stepId, patch: { title: 'Renamed, then reloaded' }, base: { title } });
    // A different text on that old base is still refused: the other text would be written over.
    const refused = await env.call('board:update-project', { projectId: JOBS, patch: { notes: 'something else' }, base: { notes: base } });
    expect(refused.ok ? null : refused.error.message).toBe(changedElsewhereMessage(['notes']));
    expect(await fileNotes(JOBS)).toBe('typed, then reloaded');
    await env.close();
  });

  it('fault 2, every save of the kind: names, descriptions, dates, links, week notes and step titles are compared too', async () => {
    const { env, ok } = await twoTabs();
    const name = 'Job Scraper';
    await ok('board:update-project', { projectId: JOBS, patch: { name: 'Jobs from tab B' }, base: { name } });
    const words = await env.call('board:update-project', { projectId: JOBS, patch: { name: 'Jobs from tab A', description: 'x' }, base: { name, description: env.curriculum.projects.find((p) => p.id === JOBS)!.description } });
    expect(words.ok ? null : words.error.message).toBe(changedElsewhereMessage(['name']));
    const repo = await env.call('board:update-project', { projectId: JOBS, patch: { repoUrl: 'https://example.com/a' }, base: { repoUrl: 'https://example.com/old' } });
    expect(repo.ok ? null : repo.error.code).toBe('conflict');
    const date = await env.call('board:update-project', { projectId: JOBS, patch: { startedOn: '2026-03-01' }, base: { startedOn: '2026-02-01' } });
    expect(date.ok ? null : date.error.message).toBe(changedElsewhereMessage(['startedOn']));

    await ok('roadmap:update-week', { week: 1, patch: { notes: 'WEEK-B' }, base: { notes: '' } });
    const week = await env.call('roadmap:update-week', { week: 1, patch: { notes: 'WEEK-A' }, base: { notes: '' } });
    expect(week.ok ? null : week.error.message).toBe(changedElsewhereMessage(['notes']));
    expect(env.store.plan.weeks[0]!.notes).toBe('WEEK-B');

    const stepId = Object.values(env.store.plan.steps).find((s) => s.projectId === JOBS)!.id;
    const title = env.store.plan.steps[stepId]!.title;
    await ok('board:update-step', { stepId, patch: { title: 'Renamed in B' }, base: { title } });
    const step = await env.call('board:update-step', { stepId, patch: { title: 'Renamed in A' }, base: { title } });
    expect(step.ok ? null : step.error.message).toBe(changedElsewhereMessage(['title']));
    expect(env.store.plan.steps[stepId]!.title).toBe('Renamed in B');
    await env.close();
  });

  it('app:sync sends the plan to a page that has not seen every change (a tick in B reaches A)', async () => {
    const { env, ok } = await twoTabs();
    const boot = await ok<{ revision: number; changes: number }>('app:boot', {});
    const quiet = await ok<{ plan: Plan | null; changes: number }>('app:sync', { revision: boot.revision, changes: boot.changes });
    expect(quiet.plan).toBeNull();
    // Tab B ticks a goal.
    await ok('roadmap:set-goal', { week: 1, goal: 0, done: true });
    const synced = await ok<{ plan: Plan | null; changes: number; revision: number }>('app:sync', { revision: boot.revision, changes: boot.changes });
    expect(synced.revision).toBe(boot.revision); // not replaced: tab A's undo history still applies (guarded)
    expect(synced.plan!.weeks[0]!.goalsDone[0]).toBeTruthy();
    expect(synced.changes).toBeGreaterThan(boot.changes);
    await env.close();
  });

  it('a board change replies with the change count before and after it, so the page that made it need not fetch the plan', async () => {
    const { env, ok } = await twoTabs();
    const boot = await ok<{ changes: number }>('app:boot', {});
    const moved = await ok<BoardChange>('board:move-project', { projectId: SENTIMENT, toColumn: 'up-next', toIndex: 0 });
    expect(moved.changes).toEqual([boot.changes, boot.changes + 1]);
    await env.close();
  });

  it('a page\'s own change that lands while its app:sync looks at the disk does not make that sync bring the whole plan (session 10)', async () => {
    const { env, ok } = await twoTabs();
    const boot = await ok<{ revision: number; changes: number }>('app:boot', {});
    // The sync is asked first; the move reaches main while the sync reads planner.json.
    const sync = ok<{ plan: Plan | null; changes: number }>('app:sync', { revision: boot.revision, changes: boot.changes });
    const move = ok<BoardChange>('board:move-project', { projectId: SENTIMENT, toColumn: 'up-next', toIndex: 0 });
    const [synced, moved] = await Promise.all([sync, move]);
    expect(moved.changes).toEqual([boot.changes, boot.changes + 1]);
    expect(synced.plan).toBeNull();
    // A change from elsewhere before the sync was asked still brings the plan.
    await ok('roadmap:set-goal', { week: 1, goal: 0, done: true });
    const behind = await ok<{ plan: Plan | null }>('app:sync', { revision: boot.revision, changes: boot.changes + 1 });
    expect(behind.plan!.weeks[0]!.goalsDone[0]).toBeTruthy();
    await env.close();
  });

  it('a reply that is the whole plan says which change it is, so the page that applied it is not sent the plan again (session 10)', async () => {
    const { env } = await twoTabs();
    const boot = await env.call('app:boot', {});
    if (!boot.ok) throw new Error(boot.error.message);
    const { revision, changes } = boot.data as { revision: number; changes: number };
    const ticked = await env.call('roadmap:set-goal', { week: 1, goal: 0, done: true });
    expect(ticked.ok && ticked.version).toBe(changes + 1);
    const saved = await env.call('settings:update', { patch: { scaffoldGit: false } });
    expect(saved.ok && saved.version).toBe(changes + 2);
    // The page holds the plan of version changes + 2: its sync brings nothing.
    const quiet = await env.call('app:sync', { revision, changes: changes + 2 });
    expect(quiet.ok && (quiet.data as { plan: Plan | null }).plan).toBeNull();
    // Replies that are not a whole plan carry no version: a board change has its own count, a sync and a read none.
    const moved = await env.call('board:move-project', { projectId: SENTIMENT, toColumn: 'up-next', toIndex: 0 });
    expect(moved.ok && 'version' in moved).toBe(false);
    const synced = await env.call('app:sync', { revision, changes: changes + 2 });
    expect(synced.ok && 'version' in synced).toBe(false);
    expect(synced.ok && (synced.data as { plan: Plan | null }).plan).not.toBeNull();
    const status = await env.call('scaffold:status', { projectId: SENTIMENT });
    expect(status.ok && 'version' in status).toBe(false);
    await env.close();
  });

  it('fault 3: Undo in tab A takes back A\'s move only; B\'s move stays (and then a refusal when A\'s card was moved again)', async () => {
    const { env, ok } = await twoTabs();
    const column = (id: string) => Object.keys(env.store.plan.board.projects).find((c) => env.store.plan.board.projects[c]!.includes(id));
    expect(column(SENTIMENT)).toBe('backlog');
    expect(column(MOVIES)).toBe('backlog');
    const revision = env.store.revision;
    const a = await ok<BoardChange>('board:move-project', { projectId: SENTIMENT, toColumn: 'up-next', toIndex: 0 });
    await ok<BoardChange>('board:move-project', { projectId: MOVIES, toColumn: 'review', toIndex: 0 }); // tab B
    await ok('board:undo', { delta: a.undo!.back, revision, direction: 'undo' });
    expect(column(SENTIMENT)).toBe('backlog');
    expect(column(MOVIES)).toBe('review');
    await env.store.flush();
    const onDisk = JSON.parse(await readFile(join(env.dataDir, 'planner.json'), 'utf8')) as Plan;
    expect(onDisk.board.projects.review).toContain(MOVIES);
    expect(onDisk.board.projects.backlog).toContain(SENTIMENT);
    // Redo, then B moves A's card on; A's undo is now refused and nothing changes.
    await ok('board:undo', { delta: a.undo!.forth, revision, direction: 'redo' });
    expect(column(SENTIMENT)).toBe('up-next');
    await ok('board:move-project', { projectId: SENTIMENT, toColumn: 'review', toIndex: 0 });
    const before = JSON.stringify(env.store.plan.board);
    const refused = await env.call('board:undo', { delta: a.undo!.back, revision, direction: 'undo' });
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: UNDO_REFUSED } });
    expect(JSON.stringify(env.store.plan.board)).toBe(before);
    const redoRefused = await env.call('board:undo', { delta: a.undo!.forth, revision, direction: 'redo' });
    expect(redoRefused.ok ? null : redoRefused.error.message).toBe(REDO_REFUSED);
    await env.close();
  });

  it('undo of an added step takes out that step only, and its reply names it removed', async () => {
    const { env, ok } = await twoTabs();
    const revision = env.store.revision;
    const added = await ok<BoardChange>('board:add-step', { projectId: JOBS, title: 'From tab A' });
    const other = await ok<BoardChange>('board:add-step', { projectId: JOBS, title: 'From tab B' });
    const [aId] = Object.keys(added.steps);
    const [bId] = Object.keys(other.steps);
    const undone = await ok<BoardChange>('board:undo', { delta: added.undo!.back, revision, direction: 'undo' });
    expect(undone.removedSteps).toEqual([aId]);
    expect(env.store.plan.steps[bId!]!.title).toBe('From tab B');
    expect(Object.values(env.store.plan.board.steps[JOBS]!).flat()).toContain(bId);
    expect(Object.values(env.store.plan.board.steps[JOBS]!).flat()).not.toContain(aId);
    expect(sliceOf(env.store.plan).steps[aId!]).toBeUndefined();
    await env.close();
  });
});

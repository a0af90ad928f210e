import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { startTestServices } from '../support/test-services';
import { okData as ok } from '../support/ok-data';

const FIXTURES = join(__dirname, '..', 'unit', 'import-fixtures');
const fixture = (name: string) => readFile(join(FIXTURES, name), 'utf8');
type TestServices = Awaited<ReturnType<typeof startTestServices>>;
const running: TestServices[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.close().catch(() => undefined);
});
async function start(dataDir?: string, openFile: string | null = null): Promise<TestServices> {
  const s = await startTestServices({ prefix: 'roadmaps', ...(dataDir ? { dataDir } : {}), dialogs: { openFile: async () => openFile } });
  running.push(s);
  return s;
}
/** Every file under a folder with its bytes, to prove a refused call changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (path.includes('planner.lock')) continue;
    out[path] = (await readFile(path)).toString('base64');
  }
  return out;
}

describe('several roadmaps in one data folder', () => {
  it('imports a roadmap beside the built-in one, each with its own plan, and switching keeps both', async () => {
    const s = await start();
    ok(await s.call('roadmap:set-goal', { week: 1, goal: 0, done: true }));
    const imported = ok<{ status: string; roadmap: { id: string; title: string; weeks: number; projects: number }; report: { projectsTable: unknown; weeklyTable: { rows: number }; remarks: string[] } }>(
      await s.call('roadmaps:import', { markdown: await fixture('javascript-roadmap.md'), fileName: 'js.md' }),
    );
    expect(imported).toMatchObject({ status: 'imported', roadmap: { id: 'javascript-developer-roadmap', title: 'JavaScript Developer Roadmap 🚀', weeks: 5, projects: 2 } });
    expect(imported.report.weeklyTable.rows).toBe(5);
    expect(imported.report.remarks).toContain("1 row is longer than four weeks, so planned as four weeks (a plan week's longest length).");
    // Importing does not switch: the built-in roadmap is still open.
    expect(ok<{ active: string }>(await s.call('roadmaps:list', {})).active).toBe('builtin');

    const folder = join(s.dataDir, 'roadmaps', 'javascript-developer-roadmap');
    expect((await readdir(folder)).sort()).toEqual(expect.arrayContaining(['backups', 'curriculum.json', PLAN_FILE]));
    const firstPlan = JSON.parse(await readFile(join(folder, PLAN_FILE), 'utf8'));
    // "Week 1–2" is two plan weeks long; "Week 4–6" three.
    expect(firstPlan.weeks.map((w: { lengthFactor: number }) => w.lengthFactor)).toEqual([2, 1, 3, 1, 4]);

    expect(ok<{ active: string }>(await s.call('roadmaps:switch', { id: 'javascript-developer-roadmap' })).active).toBe('javascript-developer-roadmap');
    const boot = ok<{ roadmapId: string; curriculum: { title: string; weeks: unknown[]; projects: { id: string }[] }; plan: { weeks: { goalsDone: (string | null)[] }[] } }>(await s.call('app:boot', {}));
    expect(boot.roadmapId).toBe('javascript-developer-roadmap');
    expect(boot.curriculum.weeks).toHaveLength(5);
    expect(boot.curriculum.projects.map((p) => p.id)).toEqual(['weather-widget', 'portfolio-site']);
    expect(boot.plan.weeks[0]!.goalsDone).toEqual([null, null, null]);
    ok(await s.call('roadmap:set-goal', { week: 2, goal: 1, done: true }));
    await s.roadmaps.store.flush();
    expect(JSON.parse(await readFile(join(folder, PLAN_FILE), 'utf8')).weeks[1].goalsDone).toEqual([null, '2026-03-02']);
    // The built-in plan on disk still has its own tick and not the other one.
    const builtinOnDisk = JSON.parse(await readFile(join(s.dataDir, PLAN_FILE), 'utf8'));
    expect(builtinOnDisk.weeks[0].goalsDone[0]).toBe('2026-03-02');
    expect(builtinOnDisk.weeks[1].goalsDone.every((d: string | null) => d === null)).toBe(true);

    ok(await s.call('roadmaps:switch', { id: 'builtin' }));
    const back = ok<{ roadmapId: string; curriculum: { weeks: unknown[] }; plan: { weeks: { goalsDone: (string | null)[] }[] } }>(await s.call('app:boot', {}));
    expect(back.roadmapId).toBe('builtin');
    expect(back.curriculum.weeks).toHaveLength(26);
    expect(back.plan.weeks[0]!.goalsDone[0]).toBe('2026-03-02');

    // Restart on the same folder: the index remembers both roadmaps and which one was open.
    await s.close();
    const again = await start(s.dataDir);
    const list = ok<{ active: string; roadmaps: { id: string }[] }>(await again.call('roadmaps:list', {}));
    expect(list).toMatchObject({ active: 'builtin', roadmaps: [{ id: 'builtin' }, { id: 'javascript-developer-roadmap' }] });
    ok(await again.call('roadmaps:switch', { id: 'javascript-developer-roadmap' }));
    await again.close();
    const third = await start(s.dataDir);
    const reopened = ok<{ roadmapId: string; plan: { weeks: { goalsDone: (string | null)[] }[] } }>(await third.call('app:boot', {}));
    expect(reopened.roadmapId).toBe('javascript-developer-roadmap');
    expect(reopened.plan.weeks[1]!.goalsDone).toEqual([null, '2026-03-02']);
  });

  it('starts a roadmap without a projects table with an empty board, and its views work', async () => {
    const s = await start();
    const { roadmap, report } = ok<{ roadmap: { id: string; projects: number }; report: { projectsTable: unknown; remarks: string[] } }>(
      await s.call('roadmaps:import', { markdown: await fixture('dsa-plan.md'), fileName: 'dsa-plan.md' }),
    );
    expect(roadmap.projects).toBe(0);
    expect(report.projectsTable).toBeNull();
    expect(report.remarks).toContain('No projects table: the board starts empty and you can add your own projects.');
    ok(await s.call('roadmaps:switch', { id: roadmap.id }));
    const boot = ok<{ plan: { projects: object; board: { projects: Record<string, string[]> } } }>(await s.call('app:boot', {}));
    expect(boot.plan.projects).toEqual({});
    expect(Object.values(boot.plan.board.projects).flat()).toEqual([]);
    // Schedule, status, export: the same channels work on it.
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } }));
    ok(await s.call('roadmap:set-week-status', { week: 8, status: 'done' }));
    const column = ok<{ board: { columns: { id: string }[] } }>(await s.call('board:add-column', { title: 'Ideas', role: 'todo' }));
    expect(column.board.columns).toHaveLength(6);
    const md = ok<{ status: string; content: string }>(await s.call('portfolio:export', { format: 'markdown', to: 'download' }));
    expect(md.status).toBe('download');
    const ics = ok<{ content: string }>(await s.call('portfolio:export', { format: 'ical', to: 'download' }));
    expect(ics.content.match(/BEGIN:VEVENT/g)).toHaveLength(8);
    expect(ics.content).toContain(`UID:week-1.${roadmap.id}@prep-planner`);
  });

  it('imports from the file dialog and from a typed full path; cancelling does nothing', async () => {
    const path = join(FIXTURES, 'ml-30-days.md');
    const s = await start(undefined, path);
    const before = await snapshot(s.dataDir);
    expect(ok(await s.call('roadmaps:import', {}))).toMatchObject({ status: 'imported', roadmap: { sourceName: 'ml-30-days.md' } });
    const typed = ok<{ roadmap: { id: string } }>(await s.call('roadmaps:import', { path }));
    // Same title twice: the second gets its own folder.
    expect(typed.roadmap.id).toMatch(/-2$/);
    const relative = await s.call('roadmaps:import', { path: 'ml-30-days.md' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining("full path") } });
    expect(Object.keys(await snapshot(s.dataDir)).length).toBeGreaterThan(Object.keys(before).length);
    const cancelled = await startTestServices({ prefix: 'roadmaps' });
    running.push(cancelled);
    const untouched = await snapshot(cancelled.dataDir);
    expect(ok(await cancelled.call('roadmaps:import', {}))).toEqual({ status: 'cancelled' });
    expect(cancelled.sideEffects).toEqual(['openFile']);
    expect(await snapshot(cancelled.dataDir)).toEqual(untouched);
  });

  it('refuses a malformed document with the table, row and fault, and changes nothing', async () => {
    const s = await start();
    await s.call('roadmaps:import', { markdown: await fixture('dsa-plan.md'), fileName: 'dsa-plan.md' });
    await s.roadmaps.store.flush();
    const before = await snapshot(s.dataDir);
    const bad = '# Plan\n\n| Week | Focus | Goals |\n|---|---|---|\n| 1 | Basics | Read |\n| 3 | Gaps | Skip one |\n';
    const reply = await s.call('roadmaps:import', { markdown: bad, fileName: 'gappy.md' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const message = (reply as { error: { message: string } }).error.message;
    expect(message).toMatch(/^gappy\.md was not imported: Weekly table, row 2 \(line 6\):/);
    expect(message).toMatch(/Nothing was changed\.$/);
    for (const [markdown, fileName] of [['', 'empty.md'], ['just text, no table', 'prose.md'], ['\u0000\u0001binary', 'image.png']]) {
      expect(await s.call('roadmaps:import', { markdown, fileName })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining(`${fileName} was not imported:`) } });
    }
    const missing = await s.call('roadmaps:import', { path: join(s.dataDir, 'no-such-roadmap.md') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'io-error', message: 'no-such-roadmap.md could not be opened: the folder or file no longer exists. Nothing was imported.' } });
    expect(await s.call('roadmaps:switch', { id: 'no-such-roadmap' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await snapshot(s.dataDir)).toEqual(before);
    expect(ok<{ roadmaps: unknown[] }>(await s.call('roadmaps:list', {})).roadmaps).toHaveLength(2);
  });

  it('removes a roadmap that is not open after copying its folder into backups, never the open or built-in one', async () => {
    const s = await start();
    const { roadmap } = ok<{ roadmap: { id: string } }>(await s.call('roadmaps:import', { markdown: await fixture('dsa-plan.md'), fileName: 'dsa-plan.md' }));
    ok(await s.call('roadmaps:switch', { id: roadmap.id }));
    ok(await s.call('roadmap:set-goal', { week: 1, goal: 1, done: true }));
    expect(await s.call('roadmaps:remove', { id: roadmap.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Switch to another roadmap first') } });
    expect(await s.call('roadmaps:remove', { id: 'builtin' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'The built-in roadmap cannot be removed. Nothing was changed.' } });
    ok(await s.call('roadmaps:switch', { id: 'builtin' }));

    const removed = ok<{ list: { active: string; roadmaps: { id: string }[] }; backup: string }>(await s.call('roadmaps:remove', { id: roadmap.id }));
    expect(removed.list.roadmaps.map((r) => r.id)).toEqual(['builtin']);
    expect(removed.backup).toMatch(new RegExp(`backups[\\\\/]removed-${roadmap.id}-\\d{8}T\\d{6}$`));
    // The copy holds the roadmap, its plan with the learner's tick, and its backups.
    const kept = JSON.parse(await readFile(join(removed.backup, PLAN_FILE), 'utf8'));
    expect(kept.weeks[0].goalsDone[1]).toBe('2026-03-02');
    expect(JSON.parse(await readFile(join(removed.backup, 'curriculum.json'), 'utf8')).title).toBe('DSA in 8 Weeks');
    expect(await readdir(join(s.dataDir, 'roadmaps'))).toEqual(['index.json']);
    // The built-in roadmap's backup list is not confused by the copy's folder.
    expect(ok<{ backups: { name: string }[] }>(await s.call('backup:list', {})).backups.every((b) => !b.name.startsWith('removed-'))).toBe(true);
  });

  it('opens the built-in roadmap with a notice when the last one cannot be opened, and refuses changes over a damaged index', async () => {
    const s = await start();
    const { roadmap } = ok<{ roadmap: { id: string } }>(await s.call('roadmaps:import', { markdown: await fixture('dsa-plan.md'), fileName: 'dsa-plan.md' }));
    ok(await s.call('roadmaps:switch', { id: roadmap.id }));
    await s.close();
    await writeFile(join(s.dataDir, 'roadmaps', roadmap.id, 'curriculum.json'), '{ damaged');
    const after = await start(s.dataDir);
    const boot = ok<{ roadmapId: string; notices: { id: string; message: string }[] }>(await after.call('app:boot', {}));
    expect(boot.roadmapId).toBe('builtin');
    expect(boot.notices.find((n) => n.id === 'roadmap-not-opened')?.message).toContain(`The roadmap "DSA in 8 Weeks" could not be opened`);
    await after.close();

    await mkdir(join(s.dataDir, 'roadmaps'), { recursive: true });
    await writeFile(join(s.dataDir, 'roadmaps', 'index.json'), 'not json');
    const damaged = await start(s.dataDir);
    const before = await snapshot(s.dataDir);
    expect(ok<{ notices: { id: string }[] }>(await damaged.call('app:boot', {})).notices.map((n) => n.id)).toContain('roadmap-index-damaged');
    expect(await damaged.call('roadmaps:import', { markdown: await fixture('dsa-plan.md'), fileName: 'dsa-plan.md' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await snapshot(s.dataDir)).toEqual(before);
  });

  it('lets a change already sent finish on its own roadmap, then closes that store and hands its lock back', async () => {
    const s = await start();
    const { roadmap } = ok<{ roadmap: { id: string } }>(await s.call('roadmaps:import', { markdown: await fixture('dsa-plan.md'), fileName: 'dsa-plan.md' }));
    const tick = s.call('roadmap:set-goal', { week: 2, goal: 0, done: true });
    const switched = s.call('roadmaps:switch', { id: roadmap.id });
    ok(await tick);
    ok(await switched);
    expect(JSON.parse(await readFile(join(s.dataDir, PLAN_FILE), 'utf8')).weeks[1].goalsDone[0]).toBe('2026-03-02');
    // The built-in folder's lock is free again; the open roadmap's folder holds its own.
    expect(await readdir(s.dataDir)).not.toContain('planner.lock');
    expect(await readdir(join(s.dataDir, 'roadmaps', roadmap.id))).toContain('planner.lock');
    // A call after the switch goes to the roadmap open now.
    ok(await s.call('roadmap:set-goal', { week: 2, goal: 0, done: true }));
    await s.roadmaps.store.flush();
    expect(JSON.parse(await readFile(join(s.dataDir, 'roadmaps', roadmap.id, PLAN_FILE), 'utf8')).weeks[1].goalsDone[0]).toBe('2026-03-02');
    expect(s.roadmaps.store.dataDir).toBe(join(s.dataDir, 'roadmaps', roadmap.id));
  });

  it('imports a progress checklist as a roadmap of its own, with its ticks, dates and week statuses', async () => {
    const s = await start();
    ok(await s.call('roadmap:set-goal', { week: 1, goal: 2, done: true }));
    ok(await s.call('roadmap:set-week-status', { week: 2, status: 'done' }));
    const checklist = ok<{ content: string }>(await s.call('portfolio:export', { format: 'checklist', to: 'download' })).content;
    const { roadmap, report } = ok<{ roadmap: { id: string; weeks: number; projects: number }; report: { format: string } }>(
      await s.call('roadmaps:import', { markdown: checklist, fileName: 'progress.md' }),
    );
    expect(report.format).toBe('checklist');
    expect(roadmap).toMatchObject({ weeks: 26, projects: 10 });
    ok(await s.call('roadmaps:switch', { id: roadmap.id }));
    const boot = ok<{ plan: { weeks: { status: string; goalsDone: (string | null)[]; completedOn: string | null }[] } }>(await s.call('app:boot', {}));
    expect(boot.plan.weeks[0]).toMatchObject({ status: 'in-progress', goalsDone: [null, null, '2026-03-02'] });
    expect(boot.plan.weeks[1]).toMatchObject({ status: 'done', completedOn: '2026-03-02' });
    expect(boot.plan.weeks.slice(2).every((w) => w.status === 'not-started')).toBe(true);
  });
});

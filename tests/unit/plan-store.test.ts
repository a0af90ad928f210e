import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { realFs, type FsPort } from '../../src/main/core/fs-port';
import { PLAN_FILE, PlanStore } from '../../src/main/core/plan-store';
import { migratePlan, MIGRATIONS } from '../../src/main/core/migrations';
import { parsePlanText } from '../../src/main/core/plan-file';
import { PLAN_VERSION, PlanSchema } from '../../src/shared/plan-schema';

const curriculum = loadCurriculum();
const clock = fixedClock('2026-03-02');
const freshDir = () => mkdtemp(join(tmpdir(), 'pp-store-'));
const open = (dataDir: string, fs: FsPort = realFs) => PlanStore.open({ dataDir, curriculum, clock, fs });
const readPlan = async (dir: string) => PlanSchema.parse(JSON.parse(await readFile(join(dir, PLAN_FILE), 'utf8')));

describe('PlanStore', () => {
  it('seeds a first run with the ten projects in the first column and writes it', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    expect(store.plan.board.projects.backlog).toHaveLength(10);
    expect(Object.keys(store.plan.steps)).toHaveLength(30);
    expect(store.plan.weeks).toHaveLength(26);
    expect(store.notices).toEqual([]);
    expect(await readPlan(dir)).toEqual(store.plan);
    const raw = await readFile(join(dir, PLAN_FILE), 'utf8');
    expect(raw).not.toContain('Database Interaction'); // the plan never copies curriculum text
  });

  it('saves changes and loads them back', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    await store.update((p) => void (p.settings.startDate = '2026-03-02'));
    const again = await open(dir);
    expect(again.plan.settings.startDate).toBe('2026-03-02');
  });

  it('refuses a change that would make the plan invalid, leaving memory and disk alone', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    const before = await readFile(join(dir, PLAN_FILE), 'utf8');
    await expect(store.update((p) => p.board.projects.backlog!.push('job-scraper'))).rejects.toMatchObject({ code: 'invalid-input' });
    expect(store.plan.board.projects.backlog).toHaveLength(10);
    expect(await readFile(join(dir, PLAN_FILE), 'utf8')).toBe(before);
  });

  it('coalesces a burst of 1,000 changes into a few writes, and the last one wins', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    const writesBefore = store.diskWrites;
    const changes = Array.from({ length: 1000 }, (_, i) =>
      store.update((p) => void (p.settings.profile.name = `name ${i}`)),
    );
    await Promise.all(changes);
    expect(store.plan.settings.profile.name).toBe('name 999');
    expect((await readPlan(dir)).settings.profile.name).toBe('name 999');
    expect(store.diskWrites - writesBefore).toBeLessThanOrEqual(3);
  });

  it('rolls back to what is on disk when the disk refuses a write', async () => {
    const dir = await freshDir();
    let failing = false;
    const fs: FsPort = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        if (failing) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        return realFs.open(...args);
      }) as typeof realFs.open,
    };
    const store = await open(dir, fs);
    const before = await readFile(join(dir, PLAN_FILE), 'utf8');
    failing = true;
    await expect(store.update((p) => void (p.settings.profile.name = 'lost'))).rejects.toThrow(/disk is full/);
    expect(store.plan.settings.profile.name).toBe('');
    expect(await readFile(join(dir, PLAN_FILE), 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  describe('a damaged planner.json', () => {
    const cases: Array<[string, string]> = [
      ['empty', ''],
      ['truncated', '{"version":1,"createdOn":"2026-01-0'],
      ['not JSON', 'hello, world'],
      ['NUL-filled', '\0'.repeat(64)],
      ['wrong shape', JSON.stringify({ version: 1, board: [] })],
      ['a JSON array', '[1,2,3]'],
    ];
    it.each(cases)('%s: moved aside, a usable plan, and a notice that says where', async (_name, content) => {
      const dir = await freshDir();
      await writeFile(join(dir, PLAN_FILE), content);
      const store = await open(dir);
      expect(store.plan.board.projects.backlog).toHaveLength(10);
      expect(store.notices).toHaveLength(1);
      const notice = store.notices[0]!;
      expect(notice).toMatchObject({ id: 'corrupt-plan', level: 'error' });
      expect(notice.path).toMatch(/planner\.json\.corrupt-20260302T120000$/);
      expect(await readFile(notice.path!, 'utf8')).toBe(content);
      expect(await readPlan(dir)).toEqual(store.plan);
    });

    it('recovers from the newest good backup when there is one', async () => {
      const dir = await freshDir();
      const store = await open(dir);
      await store.update((p) => void (p.settings.profile.name = 'Ada'));
      await store.backups.saveDaily(store.plan);
      await writeFile(join(dir, PLAN_FILE), '{"truncated":');
      const recovered = await open(dir);
      expect(recovered.plan.settings.profile.name).toBe('Ada');
      expect(recovered.notices[0]!.message).toMatch(/backup of 2026-03-02/);
    });

    it('never overwrites a plan written by a newer app version', async () => {
      const dir = await freshDir();
      const future = JSON.stringify({ version: 99, fromTheFuture: true });
      await writeFile(join(dir, PLAN_FILE), future);
      const store = await open(dir);
      expect(store.notices[0]).toMatchObject({ id: 'newer-plan', level: 'warning' });
      expect(await readFile(store.notices[0]!.path!, 'utf8')).toBe(future);
      expect(store.notices[0]!.path).toMatch(/planner\.json\.newer-/);
    });

    it('sets a leftover temp file aside and keeps the last complete save', async () => {
      const dir = await freshDir();
      const first = await open(dir);
      await first.update((p) => void (p.settings.profile.name = 'kept'));
      await writeFile(join(dir, `${PLAN_FILE}.tmp`), '{"half":');
      const store = await open(dir);
      expect(store.plan.settings.profile.name).toBe('kept');
      expect(store.notices.map((n) => n.id)).toEqual(['leftover-temp']);
      expect(await readFile(store.notices[0]!.path!, 'utf8')).toBe('{"half":');
    });
  });
});

describe('migrations', () => {
  it('runs each step from an older format up to the current one', () => {
    const migrations = { 1: (p: Record<string, unknown>) => ({ ...p, version: 2, added: true }), 2: (p: Record<string, unknown>) => ({ ...p, version: 3 }) };
    expect(migratePlan({ version: 1 }, migrations, 3)).toEqual({ version: 3, added: true });
    expect(() => migratePlan({ version: 4 }, migrations, 3)).toThrow(/newer/);
    expect(() => migratePlan({ version: 'one' }, migrations, 3)).toThrow(/format version/);
  });

  it('reports an older file as migrated and keeps a copy of it', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    const current = JSON.parse(await readFile(join(dir, PLAN_FILE), 'utf8'));
    const v0 = { ...current, version: 0 };
    const outcome = parsePlanText(JSON.stringify(v0), { ...MIGRATIONS, 0: (p) => ({ ...p, version: 1 }) });
    expect(outcome).toMatchObject({ kind: 'ok', migratedFrom: 0 });
    expect(store.plan.version).toBe(PLAN_VERSION);
  });

  it('a format-1 plan (no task ticks, auto ticks or study log) reads as format 2 with empty ones', async () => {
    const dir = await freshDir();
    await open(dir);
    const current = JSON.parse(await readFile(join(dir, PLAN_FILE), 'utf8'));
    const weeks = current.weeks.map(({ tasksDone: _t, autoTicked: _a, studyLog: _s, ...rest }: Record<string, unknown>) => rest);
    const outcome = parsePlanText(JSON.stringify({ ...current, version: 1, weeks }));
    expect(outcome).toMatchObject({ kind: 'ok', migratedFrom: 1 });
    if (outcome.kind !== 'ok') return;
    expect(outcome.plan.version).toBe(2);
    expect(outcome.plan.weeks[0]).toMatchObject({ tasksDone: [], autoTicked: { goals: [], tasks: [] }, studyLog: [] });
  });
});

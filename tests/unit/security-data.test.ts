import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAILY_BACKUPS_KEPT } from '../../src/main/core/backups';
import { fixedClock, type Clock } from '../../src/main/core/clock';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { realFs, type FsPort } from '../../src/main/core/fs-port';
import { serializePlan } from '../../src/main/core/plan-file';
import { PLAN_FILE, PlanStore } from '../../src/main/core/plan-store';
import { dispatch } from '../../src/main/handlers/dispatch';
import { startTestServices } from '../support/test-services';

const curriculum = loadCurriculum();
const freshDir = () => mkdtemp(join(tmpdir(), 'pp-data-'));
const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** The real file system, with writes to the data folder failing while `failing` holds a code. */
function flakyFs() {
  const state: { failing: string | null; where: 'open' | 'rename' } = { failing: null, where: 'open' };
  const fs: FsPort = {
    ...realFs,
    open: (async (...args: Parameters<typeof realFs.open>) => {
      if (state.failing && state.where === 'open' && String(args[1]).startsWith('w')) throw fsError(state.failing);
      return realFs.open(...args);
    }) as typeof realFs.open,
    rename: (async (...args: Parameters<typeof realFs.rename>) => {
      if (state.failing && state.where === 'rename') throw fsError(state.failing);
      return realFs.rename(...args);
    }) as typeof realFs.rename,
  };
  return { fs, state };
}

const services = (dataDir: string, clock: Clock = fixedClock('2026-03-02'), fs: FsPort = realFs) => startTestServices({ dataDir, clock, fs });

describe('write bursts through the real handlers', () => {
  it('1,000 changes in quick succession end with the file equal to memory, in a few writes', async () => {
    const dataDir = await freshDir();
    const { store, handlers } = await services(dataDir);
    const before = store.diskWrites;
    const replies = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => dispatch(handlers, 'settings:update', { patch: { profile: { name: `Learner ${i}`, headline: '', links: [] } } })),
    );
    expect(replies.every((r) => r.ok)).toBe(true);
    await store.flush();
    const writes = store.diskWrites - before;
    console.info(`[burst] 1000 changes coalesced into ${writes} disk writes`);
    expect(writes).toBeLessThanOrEqual(3);
    expect(store.plan.settings.profile.name).toBe('Learner 999');
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(serializePlan(store.plan));
  }, 30_000);
});

describe('rolling daily backups', () => {
  it('keeps one copy per day for the last seven days, even in a session that spans them, and restores one', async () => {
    const dataDir = await freshDir();
    let day = new Date(2026, 2, 1, 12);
    const clock: Clock = { now: () => day };
    const store = await PlanStore.open({ dataDir, curriculum, clock });
    for (let i = 0; i < 10; i++) {
      day = new Date(2026, 2, 1 + i, 12);
      await store.update((p) => void (p.settings.profile.name = `day ${i + 1}`));
      await store.update((p) => void (p.settings.profile.headline = `later on day ${i + 1}`));
    }
    await store.flush();
    const dailies = (await store.backups.list()).filter((b) => b.kind === 'daily');
    expect(dailies.map((b) => b.name)).toEqual(
      Array.from({ length: DAILY_BACKUPS_KEPT }, (_, i) => `planner-2026-03-${String(10 - i).padStart(2, '0')}.json`),
    );
    // Each day's copy is the last good plan of that day.
    const oldest = await store.backups.read(dailies.at(-1)!.path);
    expect(oldest?.settings.profile).toMatchObject({ name: 'day 4', headline: 'later on day 4' });

    await store.replace(oldest!);
    await store.flush();
    const reopened = await PlanStore.open({ dataDir, curriculum, clock });
    expect(reopened.plan.settings.profile.name).toBe('day 4');
  });
});

describe('a data folder that refuses writes', () => {
  it.each([
    ['ENOSPC', 'open', /disk is full/],
    ['EROFS', 'open', /read-only/],
    ['EACCES', 'open', /permission was denied/],
    ['EBUSY', 'rename', /locked by another program/],
  ] as const)('%s at %s: the change is refused with a message, memory rolls back, no partial file', async (code, where, message) => {
    const dataDir = await freshDir();
    const { fs, state } = flakyFs();
    const { store, handlers } = await services(dataDir, fixedClock('2026-03-02'), fs);
    const before = await readFile(join(dataDir, PLAN_FILE), 'utf8');
    const planBefore = store.plan;
    Object.assign(state, { failing: code, where });

    const reply = await dispatch(handlers, 'settings:update', { patch: { onboarded: true } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'io-error' } });
    expect(!reply.ok && reply.error.message).toMatch(message);
    expect(store.plan).toBe(planBefore);
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(before);
    expect((await readdir(dataDir)).filter((n) => n.includes('.tmp'))).toEqual([]);

    state.failing = null;
    expect(await dispatch(handlers, 'settings:update', { patch: { onboarded: true } })).toMatchObject({ ok: true });
  });

  it('a burst that meets a full disk refuses the changes queued behind the failed one too', async () => {
    const dataDir = await freshDir();
    const { fs, state } = flakyFs();
    const { store, handlers } = await services(dataDir, fixedClock('2026-03-02'), fs);
    state.failing = 'ENOSPC';
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => dispatch(handlers, 'settings:update', { patch: { profile: { name: `n${i}`, headline: '', links: [] } } })));
    expect(replies.every((r) => !r.ok && r.error.code === 'io-error')).toBe(true);
    expect(store.plan.settings.profile.name).toBe('');
    expect(JSON.parse(await readFile(join(dataDir, PLAN_FILE), 'utf8')).settings.profile.name).toBe('');
  });

  it('opens a valid plan in a read-only folder and refuses changes there', async () => {
    const dataDir = await freshDir();
    await (await services(dataDir)).store.flush();
    const { fs, state } = flakyFs();
    Object.assign(state, { failing: 'EROFS', where: 'open' });
    const { store, handlers } = await services(dataDir, fixedClock('2026-03-03'), fs);
    expect(store.plan.board.projects.backlog).toHaveLength(10);
    expect(await dispatch(handlers, 'settings:update', { patch: { onboarded: true } })).toMatchObject({ ok: false, error: { code: 'io-error' } });
  });
});

describe('a data folder that refuses writes at start', () => {
  /** The real file system with every write to the data folder failing (a read-only folder). */
  const readOnlyFs = (code = 'EROFS', alsoReads = false): FsPort => ({
    ...realFs,
    open: (async (...args: Parameters<typeof realFs.open>) => {
      if (args[1] !== 'r') throw fsError(code);
      return realFs.open(...args);
    }) as typeof realFs.open,
    rename: (async () => {
      throw fsError(code);
    }) as typeof realFs.rename,
    mkdir: (async () => {
      throw fsError(code);
    }) as typeof realFs.mkdir,
    readFile: (async (...args: Parameters<typeof realFs.readFile>) => {
      if (alsoReads && String(args[0]).endsWith(PLAN_FILE)) throw fsError(code);
      return realFs.readFile(...args);
    }) as typeof realFs.readFile,
  });

  it.each([
    ['a damaged plan', '{"version":1,"board":', 'corrupt-plan'],
    ['a newer version\'s plan', JSON.stringify({ version: 999 }), 'newer-plan'],
  ])('with %s it cannot move aside: the app opens, says so, and never writes over it', async (_name, content, noticeId) => {
    const dataDir = await freshDir();
    await writeFile(join(dataDir, PLAN_FILE), content);
    const { store, handlers } = await services(dataDir, fixedClock('2026-03-02'), readOnlyFs());
    expect(store.notices.map((n) => n.id)).toEqual([noticeId]);
    expect(store.notices[0]!.message).toMatch(/could not be moved aside \(the disk is read-only\)/);
    expect(store.notices[0]!.path).toBe(join(dataDir, PLAN_FILE));
    expect(store.plan.board.projects.backlog).toHaveLength(10);
    const reply = await dispatch(handlers, 'settings:update', { patch: { onboarded: true } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(store.plan.settings.onboarded).toBe(false);
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(content);
  });

  it('with a plan it may not read: opens from the newest backup and refuses to save over the file', async () => {
    const dataDir = await freshDir();
    const first = await services(dataDir);
    await dispatch(first.handlers, 'settings:update', { patch: { profile: { name: 'Ada', headline: '', links: [] } } });
    await first.store.flush();
    const { store, handlers } = await services(dataDir, fixedClock('2026-03-03'), readOnlyFs('EACCES', true));
    expect(store.notices.map((n) => n.id)).toEqual(['unreadable-plan']);
    expect(store.notices[0]!.message).toMatch(/permission was denied/);
    expect(store.plan.settings.profile.name).toBe('Ada');
    expect(await dispatch(handlers, 'settings:update', { patch: { onboarded: true } })).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });

  it('a first run in a folder that cannot be written opens with a notice instead of failing', async () => {
    const dataDir = join(await freshDir(), 'not-made');
    const { store, handlers } = await services(dataDir, fixedClock('2026-03-02'), readOnlyFs());
    // The backup cannot be made either, and says so (issue 11, fault 8).
    expect(store.notices.map((n) => n.id)).toEqual(['cannot-save', 'backup-failed']);
    expect(store.notices[0]!.message).toMatch(/the disk is read-only/);
    expect(store.plan.board.projects.backlog).toHaveLength(10);
    expect(await dispatch(handlers, 'settings:update', { patch: { onboarded: true } })).toMatchObject({ ok: false, error: { code: 'io-error' } });
    expect(store.plan.settings.onboarded).toBe(false);
  });
});

describe('bad files at start', () => {
  it('never overwrites a plan from a newer version, through later saves too', async () => {
    const dataDir = await freshDir();
    const future = JSON.stringify({ version: 999, from: 'the future' });
    await writeFile(join(dataDir, PLAN_FILE), future);
    const { store, handlers } = await services(dataDir);
    expect(store.notices.map((n) => n.id)).toEqual(['newer-plan']);
    await dispatch(handlers, 'settings:update', { patch: { onboarded: true } });
    await store.flush();
    expect(await readFile(store.notices[0]!.path!, 'utf8')).toBe(future);
  });

  it('a leftover temp file and a damaged plan together: the plan kept aside, the fragment deleted, the app usable', async () => {
    const dataDir = await freshDir();
    await writeFile(join(dataDir, PLAN_FILE), '\0\0\0');
    await writeFile(join(dataDir, `${PLAN_FILE}.tmp`), '{"half":');
    const { store } = await services(dataDir);
    // A fragment that is not a newer valid plan holds nothing to keep (issue 11, fault 7).
    expect(store.notices.map((n) => n.id)).toEqual(['corrupt-plan']);
    expect(await readFile(store.notices[0]!.path!, 'utf8')).toBe('\0\0\0');
    expect((await readdir(dataDir)).filter((n) => n.includes('.tmp'))).toEqual([]);
    expect(store.plan.board.projects.backlog).toHaveLength(10);
  });
});

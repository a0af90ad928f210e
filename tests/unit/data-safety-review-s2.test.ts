/**
 * Issue 11, review (session 2): faults of the kinds the issue lists that still happen, with the
 * real services on temp folders. Each test FAILS on 5ab4fa3 and states the right value.
 */
import { hostname, tmpdir } from 'node:os';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../src/main/core/clock';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { LOCK_DIR, LOCK_OWNER_FILE } from '../../src/main/core/data-lock';
import { realFs, type FsPort } from '../../src/main/core/fs-port';
import { parsePlanText, serializePlan } from '../../src/main/core/plan-file';
import { PLAN_FILE, PlanStore } from '../../src/main/core/plan-store';
import { sliceOf } from '../../src/shared/domain/board-slice';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';

const movableClock = (iso = '2026-03-02T10:00:00Z') => {
  let now = new Date(iso);
  const clock: Clock & { at(iso: string): void } = { now: () => new Date(now), at: (next) => void (now = new Date(next)) };
  return clock;
};
const onDisk = async (dir: string): Promise<Plan> => PlanSchema.parse(JSON.parse(await readFile(join(dir, PLAN_FILE), 'utf8')));
const ok = (reply: { ok: boolean; error?: unknown }) => {
  if (!reply.ok) throw new Error(`refused: ${JSON.stringify(reply.error)}`);
};
/** Another program rewrites planner.json (a sync tool, an editor). */
async function editOutside(dir: string, edit: (plan: Plan) => void): Promise<void> {
  const plan = await onDisk(dir);
  edit(plan);
  await writeFile(join(dir, PLAN_FILE), JSON.stringify(plan, null, 4));
}
const weekNotesInBackups = async (dir: string, week: number) =>
  Promise.all((await readdir(join(dir, 'backups'))).map(async (n) => (JSON.parse(await readFile(join(dir, 'backups', n), 'utf8')) as Plan).weeks[week - 1]?.notes));

describe('fault 2 kind: an outside edit is overwritten when the in-app change was built from the earlier plan', () => {
  it('Undo (board:restore) sent just after a sync tool changed planner.json keeps the outside week note', async () => {
    const s = await startTestServices({ prefix: 'rv-undo' });
    const before = sliceOf(s.store.plan);
    const [first, second] = s.store.plan.board.columns.map((c) => c.id) as [string, string];
    ok(await s.call('board:move-project', { projectId: s.store.plan.board.projects[first]![0]!, toColumn: second, toIndex: 0 }));
    await editOutside(s.dataDir, (p) => void (p.weeks[1]!.notes = 'written in Dropbox'));
    // The user presses Undo (its history recorded on revision 0): main finds the outside change when
    // saving, loads it, and refuses the Undo in plain words; the outside note stays (loaded, not overwritten).
    const undo = await s.call('board:restore', { slice: before, revision: 0 });
    expect(undo).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/cannot be undone or redone\. Nothing was changed/) } });
    expect(s.store.notices.map((n) => n.id)).toContain('outside-change');
    expect((await onDisk(s.dataDir)).weeks[1]!.notes).toBe('written in Dropbox');
    expect(s.store.plan.weeks[1]!.notes).toBe('written in Dropbox');
    await s.close();
  });

  it('a card note typed in the app while a sync tool changed the same card\'s repository link keeps both', async () => {
    const s = await startTestServices({ prefix: 'rv-card' });
    const id = Object.keys(s.store.plan.projects)[0]!;
    await editOutside(s.dataDir, (p) => void (p.projects[id]!.repoUrl = 'https://github.com/me/from-laptop'));
    ok(await s.call('board:update-project', { projectId: id, patch: { notes: 'typed here' } }));
    const saved = (await onDisk(s.dataDir)).projects[id]!;
    expect([saved.notes, saved.repoUrl]).toEqual(['typed here', 'https://github.com/me/from-laptop']);
    await s.close();
  });
});

describe('fault 6 kind: undo history from before an outside reload', () => {
  it('an Undo that reaches main after an outside reload (before the page synced) does not drop the outside board move', async () => {
    const s = await startTestServices({ prefix: 'rv-undo-reload' });
    const [first, second, third] = s.store.plan.board.columns.map((c) => c.id) as [string, string, string];
    const before = sliceOf(s.store.plan);
    ok(await s.call('board:move-project', { projectId: s.store.plan.board.projects[first]![0]!, toColumn: second, toIndex: 0 }));
    let moved = '';
    await editOutside(s.dataDir, (p) => {
      moved = p.board.projects[first]!.shift()!;
      p.board.projects[third]!.unshift(moved);
    });
    expect(await s.store.checkDisk()).toBe('reloaded'); // what the file watch does within ~150 ms
    expect(await s.call('board:restore', { slice: before, revision: 0 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await onDisk(s.dataDir)).board.projects[third]).toContain(moved);
    await s.close();
  });
});

describe('fault 1 kind: a backup is never overwritten by an emptier plan', () => {
  it('a brand-new plan from the same day (a second install synced in) does not overwrite today\'s backup holding notes', async () => {
    const clock = movableClock('2026-03-02T10:00:00Z');
    const a = await startTestServices({ prefix: 'rv-fresh', clock });
    const fresh = structuredClone(a.store.plan);
    ok(await a.call('roadmap:update-week', { week: 2, patch: { notes: 'an evening of notes' } }));
    await a.close();
    await writeFile(join(a.dataDir, PLAN_FILE), serializePlan({ ...fresh, savedAt: '2026-03-02T14:00:00.000Z' }));
    clock.at('2026-03-02T15:00:00Z');
    const b = await startTestServices({ dataDir: a.dataDir, clock });
    await b.store.flush();
    expect(await weekNotesInBackups(a.dataDir, 2)).toContain('an evening of notes');
    await b.close();
  });
});

describe('fault 5 kind: pruning snapshots', () => {
  it('a copy kept aside because it held newer content is not the first one pruned', async () => {
    const clock = movableClock('2026-03-02T10:00:00Z');
    const s = await startTestServices({ prefix: 'rv-prune', clock });
    const daily = join(s.dataDir, 'backups', 'planner-2026-03-02.json');
    const newer = { ...structuredClone(s.store.plan), savedAt: '2026-03-02T20:00:00.000Z' };
    newer.weeks[1]!.notes = 'newer work synced in';
    await writeFile(daily, serializePlan(newer));
    const synced = new Date('2026-03-01T10:00:00Z'); // when the sync tool wrote it; a rename keeps it
    await utimes(daily, synced, synced);
    clock.at('2026-03-02T11:00:00Z');
    ok(await s.call('roadmap:update-week', { week: 3, patch: { notes: 'x' } }));
    await s.store.flush();
    expect((await readdir(join(s.dataDir, 'backups'))).some((n) => n.endsWith('-kept.json'))).toBe(true);
    for (let i = 0; i < 20; i++) ok(await s.call('backup:restore', { name: 'planner-2026-03-02.json' }));
    await s.store.flush();
    // The newest content of all is in no backup any more, while 20 copies of older plans remain.
    expect(await weekNotesInBackups(s.dataDir, 2)).toContain('newer work synced in');
    await s.close();
  }, 60_000);

  it('a read-only window (another copy holds the folder) writes no snapshot into the shared backups folder when a restore is refused', async () => {
    const a = await startTestServices({ prefix: 'rv-ro' });
    await a.close();
    const before = (await readdir(join(a.dataDir, 'backups'))).sort();
    await mkdir(join(a.dataDir, LOCK_DIR));
    await writeFile(join(a.dataDir, LOCK_OWNER_FILE), JSON.stringify({ pid: 1, host: hostname(), since: '2026-03-02T10:00:00Z' }));
    const b = await startTestServices({ dataDir: a.dataDir });
    expect(b.store.readOnlyReason).not.toBeNull();
    const reply = await b.call('backup:restore', { name: before[0]! });
    expect(reply).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect((await readdir(join(a.dataDir, 'backups'))).sort()).toEqual(before);
  });
});

describe('fault 7 kind: nothing half-written stays behind', () => {
  it('the copy of an outside change is never left half-written when the disk fills, and the notice names no copy that is not there', async () => {
    let full = false;
    const fs: FsPort = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        const handle = await realFs.open(...args);
        if (full && String(args[0]).includes('.external-')) {
          const write = handle.writeFile.bind(handle);
          handle.writeFile = (async (data: string) => {
            await write(data.slice(0, 100));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          }) as typeof handle.writeFile;
        }
        return handle;
      }) as typeof realFs.open,
    };
    const s = await startTestServices({ prefix: 'rv-ext', fs });
    full = true;
    await editOutside(s.dataDir, (p) => void (p.weeks[1]!.notes = 'from Dropbox'));
    ok(await s.call('roadmap:update-week', { week: 3, patch: { notes: 'in app' } }));
    const partial: string[] = [];
    for (const name of (await readdir(s.dataDir)).filter((n) => n.includes('.external-'))) {
      const text = await readFile(join(s.dataDir, name), 'utf8');
      if (text !== '' && !(() => { try { JSON.parse(text); return true; } catch { return false; } })()) partial.push(name);
    }
    expect(partial).toEqual([]);
    const notice = s.store.notices.find((n) => n.id === 'outside-change')!;
    // No copy is claimed that is not there: the notice names planner.json itself and says the copy failed.
    expect(notice.message).not.toMatch(/a copy of it was kept/);
    expect(notice.message).toMatch(/a separate copy could not be written/);
    expect(notice.path).toBe(join(s.dataDir, PLAN_FILE));
    expect((await onDisk(s.dataDir)).weeks[1]!.notes).toBe('from Dropbox');
    await s.close();
  });
});

describe('fault 2 kind: a newer version synced in, then replaced again', () => {
  it('saving resumes once planner.json holds a plan this version can read again (no false "newer" reason)', async () => {
    const s = await startTestServices({ prefix: 'rv-newer' });
    const good = JSON.parse(await readFile(join(s.dataDir, PLAN_FILE), 'utf8')) as Plan;
    await writeFile(join(s.dataDir, PLAN_FILE), JSON.stringify({ version: 99 }));
    expect((await s.call('roadmap:update-week', { week: 2, patch: { notes: 'refused' } })).ok).toBe(false);
    good.weeks[0]!.notes = 'the sync tool put back a readable plan';
    await writeFile(join(s.dataDir, PLAN_FILE), JSON.stringify(good));
    expect(await s.store.checkDisk()).toBe('reloaded');
    const reply = await s.call('roadmap:update-week', { week: 2, patch: { notes: 'saved again' } });
    expect(reply).toMatchObject({ ok: true });
    await s.close();
  });
});

describe('fault 3 kind: one writer per data folder when the lock cannot be made', () => {
  it('a stale file named planner.lock does not let two stores write the folder without a word', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pp-rv-lockfile-'));
    await writeFile(join(dir, 'planner.lock'), 'left by a sync tool');
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'planner.lock'), old, old);
    const curriculum = loadCurriculum();
    const clock = movableClock();
    const a = await PlanStore.open({ dataDir: dir, curriculum, clock });
    const b = await PlanStore.open({ dataDir: dir, curriculum, clock });
    // Either the second is read-only (or the first stops), or at least one says it cannot guard the folder.
    const guarded = b.readOnlyReason !== null || a.readOnlyReason !== null;
    const told = [...a.notices, ...b.notices].some((n) => /lock|another|one copy|read-only/i.test(`${n.title} ${n.message}`));
    expect(guarded || told).toBe(true);
    await a.close();
    await b.close();
    await rm(dir, { recursive: true, force: true });
  });
});

describe('fault 5 kind: a change that arrives while a restore runs', () => {
  /** Holds the before-restore snapshot until released, so a change surely arrives while the restore runs. */
  function heldSnapshot() {
    let started!: () => void;
    let release!: () => void;
    const startedP = new Promise<void>((r) => (started = r));
    const released = new Promise<void>((r) => (release = r));
    const fs: FsPort = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        if (String(args[0]).includes('before-restore')) {
          started();
          await released;
        }
        return realFs.open(...args);
      }) as typeof realFs.open,
    };
    return { fs, started: startedP, release };
  }
  const writeBackup = async (dir: string, plan: Plan) => {
    await writeFile(join(dir, 'backups', 'planner-2026-03-01.json'), serializePlan({ ...plan, savedAt: '2026-03-01T10:00:00.000Z' }));
    return 'planner-2026-03-01.json';
  };

  it('a card edit sent during a restore does not write the card\'s pre-restore fields over the restored ones', async () => {
    const held = heldSnapshot();
    const s = await startTestServices({ prefix: 'rv-restore-card', fs: held.fs });
    const id = Object.keys(s.store.plan.projects)[0]!;
    const inBackup = structuredClone(s.store.plan);
    inBackup.projects[id]!.repoUrl = 'https://github.com/me/in-backup';
    const name = await writeBackup(s.dataDir, inBackup);
    ok(await s.call('board:update-project', { projectId: id, patch: { repoUrl: 'https://github.com/me/current' } }));
    const restoring = s.call('backup:restore', { name });
    await held.started; // the restore holds other changes back now
    const editing = s.call('board:update-project', { projectId: id, patch: { notes: 'typed during the restore' } });
    await new Promise((r) => setTimeout(r, 50));
    held.release();
    ok(await restoring);
    ok(await editing);
    const saved = (await onDisk(s.dataDir)).projects[id]!;
    // The edit waited for the restore, so it lands on the restored card: the backup's link, the new note.
    expect([saved.repoUrl, saved.notes]).toEqual(['https://github.com/me/in-backup', 'typed during the restore']);
    await s.close();
  });

  it('an Undo sent during a restore does not silently put the pre-restore week notes back', async () => {
    const held = heldSnapshot();
    const s = await startTestServices({ prefix: 'rv-restore-undo', fs: held.fs });
    const before = sliceOf(s.store.plan);
    const [first, second] = s.store.plan.board.columns.map((c) => c.id) as [string, string];
    ok(await s.call('board:move-project', { projectId: s.store.plan.board.projects[first]![0]!, toColumn: second, toIndex: 0 }));
    ok(await s.call('roadmap:update-week', { week: 2, patch: { notes: 'current' } }));
    const inBackup = structuredClone(s.store.plan);
    inBackup.weeks[1]!.notes = 'from the backup';
    const name = await writeBackup(s.dataDir, inBackup);
    const restoring = s.call('backup:restore', { name });
    await held.started;
    const undoing = s.call('board:restore', { slice: before, revision: 0 });
    await new Promise((r) => setTimeout(r, 50));
    held.release();
    ok(await restoring);
    expect(await undoing).toMatchObject({ ok: false, error: { code: 'conflict' } }); // its history belonged to the plan before the restore
    expect((await onDisk(s.dataDir)).weeks[1]!.notes).toBe('from the backup');
    await s.close();
  });
});

describe('fault 2 kind: a damaged file written over planner.json while the app runs', () => {
  // Observed on 5ab4fa3: planner.json stays damaged until the next change; quitting first and
  // starting again gives "working from a fresh plan" and the note is in no file.
  it('is saved over at once, as the notice says, so quitting next does not lose the plan (here with backups failing too)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-rv-damaged-'));
    await writeFile(join(dataDir, 'backups'), 'a file in the way: no backup can be made');
    const s = await startTestServices({ dataDir });
    ok(await s.call('roadmap:update-week', { week: 2, patch: { notes: 'my evening of notes' } }));
    await writeFile(join(dataDir, PLAN_FILE), '{"version": 2, "trunc'); // a sync tool's broken copy
    await vi.waitFor(() => expect(s.store.notices.map((n) => n.id)).toContain('outside-damaged'), { timeout: 10_000, interval: 50 });
    expect(s.store.notices.find((n) => n.id === 'outside-damaged')!.message).toMatch(/saved the plan you see over it/);
    const now = parsePlanText(await readFile(join(dataDir, PLAN_FILE), 'utf8')); // what the notice promises
    expect(now.kind === 'ok' ? now.plan.weeks[1]!.notes : `planner.json is still ${now.kind}`).toBe('my evening of notes');
    await s.close();
    const again = await startTestServices({ dataDir });
    expect(again.store.plan.weeks[1]!.notes).toBe('my evening of notes');
    await again.close();
  });
});

/**
 * Issue 11, faults 2, 3, 5 and 6: other writers (a sync tool, a hand edit, a second copy of the
 * app, a restore) never make the app lose a change silently. Real store, real temp folders.
 */
import { hostname } from 'node:os';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AtomicWriter } from '../../src/main/core/atomic-writer';
import { fixedClock } from '../../src/main/core/clock';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { LOCK_DIR, LOCK_OWNER_FILE } from '../../src/main/core/data-lock';
import { realFs } from '../../src/main/core/fs-port';
import { parsePlanText, serializePlan } from '../../src/main/core/plan-file';
import { PLAN_FILE, PlanStore } from '../../src/main/core/plan-store';
import { SNAPSHOTS_KEPT } from '../../src/main/core/backups';
import { getHistory, setHistory } from '../../src/renderer/src/features/board/board-history-store';
import { applySync, UNDO_CLEARED_NOTICE, type SyncReply } from '../../src/renderer/src/plan-sync';
import { record } from '../../src/shared/domain/board-history';
import { sliceOf } from '../../src/shared/domain/board-slice';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';

const curriculum = loadCurriculum();
const clock = fixedClock('2026-03-02');
const freshDir = () => mkdtemp(join(tmpdir(), 'pp-writers-'));
const open = (dataDir: string, watch = false) => PlanStore.open({ dataDir, curriculum, clock, watch });
const onDisk = async (dir: string): Promise<Plan> => PlanSchema.parse(JSON.parse(await readFile(join(dir, PLAN_FILE), 'utf8')));
const noRawErrno = (text: string) => expect(text).not.toMatch(/\bE[A-Z]{3,}\b|errno|syscall/);

/** Another program rewrites planner.json (a sync tool, an editor): whole-file replace. */
async function editOutside(dir: string, edit: (plan: Plan) => void): Promise<string> {
  const plan = await onDisk(dir);
  edit(plan);
  const text = JSON.stringify(plan, null, 4); // another tool formats it differently
  await writeFile(join(dir, PLAN_FILE), text);
  return text;
}

describe('fault 2: a change made outside the app while it runs', () => {
  it('is kept aside, loaded and reported, and the in-app change is made again on top of it: both kept', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    const outsideText = await editOutside(dir, (p) => void (p.weeks[1]!.notes = 'written in Dropbox'));

    await store.update((p) => void (p.weeks[0]!.notes = 'typed in the app'));
    expect(store.plan.weeks[1]!.notes).toBe('written in Dropbox');
    expect(store.plan.weeks[0]!.notes).toBe('typed in the app');
    const notice = store.notices.find((n) => n.id === 'outside-change')!;
    expect(notice.path).toMatch(/planner\.json\.external-20260302T120000$/);
    expect(await readFile(notice.path!, 'utf8')).toBe(outsideText);
    expect(notice.message).toMatch(/before-outside-reload/);
    noRawErrno(notice.message);
    expect(store.revision).toBe(1);
    const saved = await onDisk(dir);
    expect([saved.weeks[0]!.notes, saved.weeks[1]!.notes]).toEqual(['typed in the app', 'written in Dropbox']);
  });

  it('a whole-plan replace (undo) built on the earlier plan is refused with a plain message, and nothing is lost', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    const earlier = structuredClone(store.plan);
    await editOutside(dir, (p) => void (p.weeks[1]!.notes = 'written in Dropbox'));
    const refused = await store.replace(earlier).catch((e: Error & { code: string }) => e);
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/changed outside Prep Planner/) });
    noRawErrno((refused as Error).message);
    expect((await onDisk(dir)).weeks[1]!.notes).toBe('written in Dropbox');
    expect(store.plan.weeks[1]!.notes).toBe('written in Dropbox');
  });

  it('a plan of a newer format synced in while running is never overwritten', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    const future = JSON.stringify({ version: 99, synced: 'from a newer app' });
    await writeFile(join(dir, PLAN_FILE), future);
    await expect(store.update((p) => void (p.settings.onboarded = true))).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.update((p) => void (p.settings.onboarded = true))).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(join(dir, PLAN_FILE), 'utf8')).toBe(future);
    const notice = store.notices.find((n) => n.id === 'outside-newer')!;
    expect(await readFile(notice.path!, 'utf8')).toBe(future);
  });

  it('a backup copied over planner.json by another tool is loaded, not overwritten', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    await store.update((p) => void (p.settings.profile.name = 'before the copy'));
    const backup = (await readdir(join(dir, 'backups')))[0]!;
    await store.update((p) => void (p.settings.profile.name = 'after the backup'));
    await store.flush();
    const old = { ...(await onDisk(dir)), settings: { ...(await onDisk(dir)).settings, profile: { name: 'the copied backup', headline: '', links: [] } } };
    await writeFile(join(dir, 'backups', backup), serializePlan(old));
    await writeFile(join(dir, PLAN_FILE), await readFile(join(dir, 'backups', backup)));
    expect(await store.checkDisk()).toBe('reloaded');
    expect(store.plan.settings.profile.name).toBe('the copied backup');
    await store.update((p) => void (p.settings.onboarded = true));
    expect((await onDisk(dir)).settings.profile.name).toBe('the copied backup');
  });

  it('shows up without a restart: the file watch reloads it', async () => {
    const dir = await freshDir();
    const store = await open(dir, true);
    try {
      await editOutside(dir, (p) => void (p.weeks[0]!.notes = 'edited by hand'));
      await vi.waitFor(() => expect(store.plan.weeks[0]!.notes).toBe('edited by hand'), { timeout: 10_000, interval: 50 });
      expect(store.revision).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe('fault 3: two writers on one data folder', () => {
  it('a second store supersedes the first, which then refuses changes instead of losing them', async () => {
    const dir = await freshDir();
    const a = await open(dir);
    await a.update((p) => void (p.weeks[0]!.notes = 'A note'));
    const b = await open(dir);
    await b.update((p) => void (p.weeks[1]!.notes = 'B note'));
    await expect(a.update((p) => void (p.weeks[0]!.goalsDone[0] = '2026-03-02'))).rejects.toMatchObject({ code: 'read-only' });
    await b.update((p) => void (p.settings.profile.name = 'B adds'));
    const saved = await onDisk(dir);
    expect([saved.weeks[0]!.notes, saved.weeks[1]!.notes, saved.settings.profile.name]).toEqual(['A note', 'B note', 'B adds']);
    await b.close();
  });

  it('opens read-only, and says so, while another live process holds the folder', async () => {
    const dir = await freshDir();
    await (await open(dir)).close();
    // The lock as proper-lockfile leaves it, held by a running process (pid 1 always runs).
    await mkdir(join(dir, LOCK_DIR));
    await writeFile(join(dir, LOCK_OWNER_FILE), JSON.stringify({ pid: 1, host: hostname(), since: '2026-03-02T10:00:00Z' }));
    const before = await readFile(join(dir, PLAN_FILE), 'utf8');
    const store = await open(dir);
    const notice = store.notices.find((n) => n.id === 'read-only-other-instance')!;
    expect(notice).toMatchObject({ level: 'warning', path: dir });
    expect(notice.message).toMatch(/saves nothing/);
    await expect(store.update((p) => void (p.settings.onboarded = true))).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(join(dir, PLAN_FILE), 'utf8')).toBe(before);
  });

  it('takes over the lock of a process that crashed', async () => {
    const dir = await freshDir();
    await mkdir(join(dir, LOCK_DIR));
    await writeFile(join(dir, LOCK_OWNER_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: '2026-03-02T10:00:00Z' }));
    const store = await open(dir);
    expect(store.readOnlyReason).toBeNull();
    await store.update((p) => void (p.settings.onboarded = true));
    expect(JSON.parse(await readFile(join(dir, LOCK_OWNER_FILE), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('gives every write its own temp file: 200 writes from two writers at once never fail or mix', async () => {
    const dir = await freshDir();
    const path = join(dir, 'shared.json');
    const one = new AtomicWriter(path, realFs);
    const two = new AtomicWriter(path, realFs);
    const writes = Array.from({ length: 100 }, (_, i) => [one.write(JSON.stringify({ from: 'one', i })), two.write(JSON.stringify({ from: 'two', i }))]).flat();
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ i: 99 });
    expect(await readdir(dir)).toEqual(['shared.json']);
  });
});

describe('fault 5: restores', () => {
  it('two restores in one second keep two snapshots; neither overwrites the other', async () => {
    const { call, store, dataDir } = await startTestServices({ prefix: 'restore' });
    await call('settings:update', { patch: { profile: { name: 'first', headline: '', links: [] } } });
    const backup = (await readdir(join(dataDir, 'backups')))[0]!;
    const r1 = await call('backup:restore', { name: backup });
    await call('settings:update', { patch: { profile: { name: 'second', headline: '', links: [] } } });
    const r2 = await call('backup:restore', { name: backup });
    expect(r1.ok && r2.ok).toBe(true);
    const [s1, s2] = [r1, r2].map((r) => (r.ok ? (r.data as { snapshot: string }).snapshot : '')) as [string, string];
    expect(s1).not.toBe(s2);
    const names = await Promise.all([s1, s2].map(async (s) => (parsePlanText(await readFile(join(dataDir, 'backups', s), 'utf8')) as { plan: Plan }).plan.settings.profile.name));
    expect(names).toEqual(['first', 'second']);
    await store.close();
  });

  it('a change saved while a restore runs lands in the snapshot or on the restored plan, never in neither', async () => {
    const { call, store, dataDir } = await startTestServices({ prefix: 'restore' });
    const backup = (await readdir(join(dataDir, 'backups')))[0]!;
    const [restored, changed] = await Promise.all([
      call('backup:restore', { name: backup }),
      (async () => {
        await Promise.resolve();
        return call('settings:update', { patch: { profile: { name: 'during the restore', headline: '', links: [] } } });
      })(),
    ]);
    expect(restored.ok && changed.ok).toBe(true);
    if (!restored.ok) return;
    const snapshot = (parsePlanText(await readFile(join(dataDir, 'backups', (restored.data as { snapshot: string }).snapshot), 'utf8')) as { plan: Plan }).plan;
    const inPlan = (await onDisk(dataDir)).settings.profile.name === 'during the restore';
    const inSnapshot = snapshot.settings.profile.name === 'during the restore';
    expect(inPlan || inSnapshot).toBe(true);
    expect(store.plan.settings.profile.name === 'during the restore').toBe(inPlan);
    await store.close();
  });

  it(`keeps at most ${SNAPSHOTS_KEPT} snapshots however many restores run`, async () => {
    const { call, store, dataDir } = await startTestServices({ prefix: 'restore' });
    const backup = (await readdir(join(dataDir, 'backups')))[0]!;
    for (let i = 0; i < SNAPSHOTS_KEPT + 6; i++) expect((await call('backup:restore', { name: backup })).ok).toBe(true);
    const snapshots = (await readdir(join(dataDir, 'backups'))).filter((n) => n.includes('before-restore'));
    expect(snapshots).toHaveLength(SNAPSHOTS_KEPT);
    await store.close();
  }, 60_000);
});

describe('fault 6: undo after a restore', () => {
  it('a restore raises the revision, and the renderer then drops its undo history and says so', async () => {
    const { call, store, dataDir } = await startTestServices({ prefix: 'undo' });
    const boot = await call('app:boot', {});
    const known = boot.ok ? (boot.data as { revision: number }).revision : -1;
    const backup = (await readdir(join(dataDir, 'backups')))[0]!;
    expect((await call('backup:restore', { name: backup })).ok).toBe(true);
    const reply = await call('app:sync', { revision: known });
    if (!reply.ok) throw new Error(reply.error.message);
    const synced = reply.data as SyncReply;
    expect(synced.revision).toBe(known + 1);
    expect(synced.plan).toEqual(store.plan);

    // The board's history as the renderer holds it, with a step to undo (moving a project to Done).
    setHistory(record(getHistory(), sliceOf(store.plan)));
    expect(getHistory().past).toHaveLength(1);
    const next = applySync(known, synced, []);
    expect(getHistory().past).toEqual([]);
    expect(getHistory().future).toEqual([]);
    expect(next.notices).toContainEqual(UNDO_CLEARED_NOTICE);
    expect(next.plan).toEqual(store.plan);
    // Nothing replaced since: no plan sent, history left alone.
    const again = await call('app:sync', { revision: known + 1 });
    expect(again.ok && (again.data as SyncReply).plan).toBeNull();
    await store.close();
  });
});

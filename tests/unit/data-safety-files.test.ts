/**
 * Issue 11, faults 1, 4, 7, 8, 9 and 10: what is on disk when the app starts or saves, with the
 * real store on a real temp folder (failures injected through FsPort where a real disk cannot be
 * made to fail as root).
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/main/core/clock';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { realFs, type FsPort } from '../../src/main/core/fs-port';
import { PLAN_FILE, PlanStore } from '../../src/main/core/plan-store';
import { serializePlan } from '../../src/main/core/plan-file';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';

const curriculum = loadCurriculum();
/** A clock that moves only when told: `at('2026-03-02T10:00:00Z')`. */
const movableClock = (iso = '2026-03-02T10:00:00Z') => {
  let now = new Date(iso);
  const clock: Clock & { at(iso: string): void } = { now: () => new Date(now), at: (next) => void (now = new Date(next)) };
  return clock;
};
const freshDir = () => mkdtemp(join(tmpdir(), 'pp-safety-'));
const open = (dataDir: string, clock: Clock = movableClock(), fs: FsPort = realFs) => PlanStore.open({ dataDir, curriculum, clock, fs });
const readJson = async (path: string): Promise<Plan> => PlanSchema.parse(JSON.parse(await readFile(path, 'utf8')));
const backupsOf = async (dir: string) => (await readdir(join(dir, 'backups'))).sort();
const noRawErrno = (text: string) => expect(text).not.toMatch(/\bE[A-Z]{3,}\b|errno|syscall/);

describe('fault 1: a missing planner.json', () => {
  it('recovers the newest backup with a notice, and today\'s backup keeps the note', async () => {
    const dir = await freshDir();
    const first = await open(dir);
    await first.update((p) => void (p.weeks[1]!.notes = 'my note'));
    await first.close();
    await rm(join(dir, PLAN_FILE));

    const again = await open(dir);
    expect(again.plan.weeks[1]!.notes).toBe('my note');
    expect(again.notices.map((n) => n.id)).toEqual(['recovered-missing']);
    expect(again.notices[0]!.path).toBe(join(dir, 'backups', 'planner-2026-03-02.json'));
    expect((await readJson(join(dir, PLAN_FILE))).weeks[1]!.notes).toBe('my note');
    expect((await readJson(join(dir, 'backups', 'planner-2026-03-02.json'))).weeks[1]!.notes).toBe('my note');
  });

  it('recovers after a kill right after a damaged file was moved aside', async () => {
    const dir = await freshDir();
    const first = await open(dir);
    await first.update((p) => void (p.settings.profile.name = 'Ada'));
    await first.close();
    // What a kill between "move the damaged file aside" and "write the recovered plan" leaves.
    await writeFile(join(dir, `${PLAN_FILE}.corrupt-20260302T100000`), '{"trunc');
    await rm(join(dir, PLAN_FILE));
    const again = await open(dir);
    expect(again.plan.settings.profile.name).toBe('Ada');
    expect(again.notices[0]!.id).toBe('recovered-missing');
  });

  it('never overwrites a backup holding newer content: it is kept under another name', async () => {
    const dir = await freshDir();
    const clock = movableClock('2026-03-02T10:00:00Z');
    const store = await open(dir, clock);
    // A copy of today synced in from a machine whose save came later than ours.
    const newer = { ...store.plan, savedAt: '2026-03-02T18:00:00.000Z', settings: { ...store.plan.settings, profile: { ...store.plan.settings.profile, name: 'from later' } } };
    await writeFile(join(dir, 'backups', 'planner-2026-03-02.json'), serializePlan(newer));
    clock.at('2026-03-02T11:00:00Z');
    await store.update((p) => void (p.settings.profile.name = 'older save'));
    await store.flush();
    const contents = await Promise.all((await backupsOf(dir)).map((n) => readJson(join(dir, 'backups', n))));
    expect(contents.map((p) => p.settings.profile.name).sort()).toEqual(['from later', 'older save']);
  });
  it('never overwrites a backup with an emptier plan: a fresh start written over earlier work keeps that work aside', async () => {
    const dir = await freshDir();
    const clock = movableClock('2026-03-02T10:00:00Z');
    const store = await open(dir, clock);
    await store.update((p) => void ((p.settings.onboarded = true), (p.weeks[1]!.notes = 'an evening of notes')));
    await store.flush();
    await store.close();
    // Another tool (or a second install) writes a brand-new plan over planner.json, and the app starts again later that day.
    const fresh = { ...(await readJson(join(dir, PLAN_FILE))), createdOn: '2026-03-03', savedAt: '2026-03-03T09:00:00.000Z' };
    fresh.settings = { ...fresh.settings, onboarded: false };
    fresh.weeks = fresh.weeks.map((w) => ({ ...w, notes: '' }));
    await writeFile(join(dir, PLAN_FILE), serializePlan(fresh));
    clock.at('2026-03-02T12:00:00Z');
    const again = await open(dir, clock);
    await again.update((p) => void (p.weeks[2]!.notes = 'after the fresh start'));
    await again.flush();
    const names = await backupsOf(dir);
    const notes = await Promise.all(names.map(async (n) => (await readJson(join(dir, 'backups', n))).weeks[1]!.notes));
    expect(notes).toContain('an evening of notes');
    expect(names.some((n) => /-kept\.json$/.test(n))).toBe(true);
    await again.close();
  });
});

describe('fault 4: backups are ordered by the saved-at time inside them, never by their names', () => {
  it('recovers the newest content although another copy has a later date in its name', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    await store.close();
    const plan = await readJson(join(dir, PLAN_FILE));
    const named = (name: string, savedAt: string) => ({ ...plan, savedAt, settings: { ...plan.settings, profile: { ...plan.settings.profile, name } } });
    await rm(join(dir, 'backups'), { recursive: true });
    await mkdir(join(dir, 'backups'));
    // Written under another time zone / a clock that was ahead: the later name holds older work.
    await writeFile(join(dir, 'backups', 'planner-2026-03-05.json'), serializePlan(named('older', '2026-03-01T09:00:00.000Z')));
    await writeFile(join(dir, 'backups', 'planner-2026-03-01.json'), serializePlan(named('newer', '2026-03-01T20:00:00.000Z')));
    await rm(join(dir, PLAN_FILE));

    const again = await open(dir);
    expect(again.plan.settings.profile.name).toBe('newer');
    expect((await readJson(join(dir, 'backups', 'planner-2026-03-05.json'))).settings.profile.name).toBe('older');
    expect((await again.backups.list()).map((b) => b.name).slice(0, 2)).toEqual(['planner-2026-03-02.json', 'planner-2026-03-01.json']);
  });

  it('prunes by content date: a copy named for a future day does not outlive newer ones', async () => {
    const dir = await freshDir();
    const clock = movableClock('2026-03-01T12:00:00Z');
    const store = await open(dir, clock);
    await writeFile(join(dir, 'backups', 'planner-2099-01-01.json'), serializePlan({ ...store.plan, savedAt: '2026-02-01T12:00:00.000Z' }));
    for (let day = 2; day <= 9; day++) {
      clock.at(`2026-03-0${day}T12:00:00Z`);
      await store.update((p) => void (p.settings.profile.name = `day ${day}`));
      await store.flush();
    }
    const dailies = (await backupsOf(dir)).filter((n) => /^planner-\d{4}-\d{2}-\d{2}\.json$/.test(n));
    expect(dailies).toHaveLength(7);
    expect(dailies).not.toContain('planner-2099-01-01.json');
  });
});

describe('fault 7: temp files never stay behind', () => {
  it('removes the temp when the disk fills up while writing (not only when opening)', async () => {
    const dir = await freshDir();
    let failing = false;
    const fs: FsPort = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        const handle = await realFs.open(...args);
        if (failing && String(args[0]).includes('.tmp')) {
          handle.writeFile = (async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          }) as typeof handle.writeFile;
        }
        return handle;
      }) as typeof realFs.open,
    };
    const store = await open(dir, movableClock(), fs);
    const before = await readFile(join(dir, PLAN_FILE), 'utf8');
    failing = true;
    const error = await store.update((p) => void (p.settings.profile.name = 'lost')).catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'io-error' });
    expect((error as Error).message).toMatch(/the disk is full/);
    noRawErrno((error as Error).message);
    expect(await readFile(join(dir, PLAN_FILE), 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('offers a leftover temp holding newer valid data once, as one backup, and deletes the temps', async () => {
    const dir = await freshDir();
    const clock = movableClock('2026-03-02T10:00:00Z');
    const first = await open(dir, clock);
    await first.close();
    const plan = await readJson(join(dir, PLAN_FILE));
    const unsaved = (name: string, at: string) => serializePlan({ ...plan, savedAt: at, settings: { ...plan.settings, profile: { ...plan.settings.profile, name } } });
    // Two crashes between "temp synced" and "rename": each left a complete, newer temp.
    await writeFile(join(dir, `${PLAN_FILE}.tmp-111-1-aaaaaa`), unsaved('first crash', '2026-03-02T11:00:00.000Z'));
    let store = await open(dir, clock);
    await store.close();
    await writeFile(join(dir, `${PLAN_FILE}.tmp-222-1-bbbbbb`), unsaved('second crash', '2026-03-02T12:00:00.000Z'));
    store = await open(dir, clock);

    expect(store.plan.settings.profile.name).toBe(''); // the last complete save is what loads
    const offer = store.notices.find((n) => n.id === 'unsaved-offer')!;
    expect(offer.message).toMatch(/Backup & restore/);
    expect((await readJson(offer.path!)).settings.profile.name).toBe('second crash');
    expect((await backupsOf(dir)).filter((n) => n.includes('unsaved'))).toHaveLength(1);
    expect((await readdir(dir)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });
});

describe('fault 8: a backup that cannot be written is reported', () => {
  it('says so when a file named "backups" is in the way, and the plan is still saved', async () => {
    const dir = await freshDir();
    await writeFile(join(dir, 'backups'), 'not a folder');
    const store = await open(dir);
    await store.update((p) => void (p.settings.profile.name = 'saved anyway'));
    await store.flush();
    expect((await readJson(join(dir, PLAN_FILE))).settings.profile.name).toBe('saved anyway');
    const notice = store.notices.find((n) => n.id === 'backup-failed')!;
    expect(notice).toMatchObject({ level: 'warning', path: join(dir, 'backups') });
    expect(notice.message).toMatch(/a file named “backups” is in the way/);
    noRawErrno(notice.message);
  });

  it('says the disk is full when only backups fail, and clears the notice once a backup works', async () => {
    const dir = await freshDir();
    let full = true;
    const fs: FsPort = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        if (full && String(args[0]).includes(`${join(dir, 'backups')}`)) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return realFs.open(...args);
      }) as typeof realFs.open,
    };
    const store = await open(dir, movableClock(), fs);
    await store.update((p) => void (p.settings.profile.name = 'x'));
    await store.flush();
    const notice = store.notices.find((n) => n.id === 'backup-failed')!;
    expect(notice.message).toMatch(/the disk is full\. Free some disk space/);
    noRawErrno(notice.message);
    full = false;
    await store.update((p) => void (p.settings.profile.name = 'y'));
    await store.flush();
    expect(store.notices.find((n) => n.id === 'backup-failed')).toBeUndefined();
  });
});

describe('fault 9: a symlinked planner.json', () => {
  it('writes the link\'s real target and stays a link', async () => {
    const dir = await freshDir();
    const synced = await mkdtemp(join(tmpdir(), 'pp-synced-'));
    const seed = await open(await freshDir());
    await writeFile(join(synced, 'plan.json'), serializePlan(seed.plan));
    await symlink(join(synced, 'plan.json'), join(dir, PLAN_FILE));

    const store = await open(dir);
    await store.update((p) => void (p.settings.profile.name = 'through the link'));
    expect((await lstat(join(dir, PLAN_FILE))).isSymbolicLink()).toBe(true);
    expect((await readJson(join(synced, 'plan.json'))).settings.profile.name).toBe('through the link');
    expect((await readdir(synced)).sort()).toEqual(['plan.json']);
  });
});

describe('fault 10: a byte-order mark', () => {
  it('loads a planner.json saved with a UTF-8 BOM, with no notice', async () => {
    const dir = await freshDir();
    const first = await open(dir);
    await first.update((p) => void (p.settings.profile.name = 'Windows editor'));
    await first.close();
    const text = await readFile(join(dir, PLAN_FILE), 'utf8');
    await writeFile(join(dir, PLAN_FILE), `\uFEFF${text}`);
    const old = new Date('2026-03-02T09:00:00Z');
    await utimes(join(dir, PLAN_FILE), old, old);
    const store = await open(dir);
    expect(store.notices).toEqual([]);
    expect(store.plan.settings.profile.name).toBe('Windows editor');
  });
});

import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { PLAN_FILE, PlanStore } from '../../src/main/core/plan-store';
import { serializePlan } from '../../src/main/core/plan-file';
import { createDefaultPlan } from '../../src/shared/default-plan';

// The store judges planner.json and today's backup by the SHA-256 of their bytes, and remembers the
// plan it last wrote to today's copy instead of parsing it again (issue 18: a save of a 1 MB plan
// spent more time decoding and re-parsing than writing). These tests pin that the cheaper checks
// judge exactly as the old ones did.
const curriculum = loadCurriculum();
const clock = fixedClock('2026-03-02');
const freshDir = () => mkdtemp(join(tmpdir(), 'pp-bytes-'));
const open = (dataDir: string) => PlanStore.open({ dataDir, curriculum, clock });
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('the store hashes bytes, not decoded text', () => {
  it('a planner.json holding bytes that are not valid UTF-8 opens and saves without a false "changed outside" notice', async () => {
    const dir = await freshDir();
    const text = serializePlan({ ...createDefaultPlan(curriculum, '2026-03-02'), savedAt: '2026-03-01T10:00:00.000Z' });
    // A note written by another tool with a stray Latin-1 byte: decoding turns it into U+FFFD.
    const at = text.indexOf('"notes": ""');
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at) + '"notes": "caf', 'utf8'), Buffer.from([0xe9]), Buffer.from('"' + text.slice(at + '"notes": ""'.length), 'utf8')]);
    await writeFile(join(dir, PLAN_FILE), bytes);

    const store = await open(dir);
    expect(store.notices.map((n) => n.id)).toEqual([]);
    await store.update((p) => void (p.settings.profile.name = 'Ada'));
    expect(store.notices.map((n) => n.id)).not.toContain('outside-change');
    expect((await readJson(join(dir, PLAN_FILE))).settings.profile.name).toBe('Ada');
    // The file is now the app's own UTF-8: a check finds nothing changed.
    expect(await store.checkDisk()).toBe('same');
    await store.close();
  });

  it('an outside edit that keeps the size still differs by its bytes and is loaded, not overwritten', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    await store.update((p) => void (p.settings.profile.name = 'Ada'));
    await store.flush();
    const path = join(dir, PLAN_FILE);
    const onDisk = await readFile(path, 'utf8');
    await writeFile(path, onDisk.replace('"Ada"', '"Bob"')); // same length, one name changed
    expect(await store.checkDisk()).toBe('reloaded');
    expect(store.plan.settings.profile.name).toBe('Bob');
    await store.update((p) => void (p.weeks[0]!.notes = 'after the outside edit'));
    const saved = await readJson(path);
    expect([saved.settings.profile.name, saved.weeks[0].notes]).toEqual(['Bob', 'after the outside edit']);
    await store.close();
  });
});

describe("today's backup is refreshed from the plan this run wrote, with the same judgement", () => {
  it('a fresh start made in the same session over earlier work keeps that work aside, not overwritten', async () => {
    const dir = await freshDir();
    const store = await open(dir);
    await store.update((p) => void ((p.settings.onboarded = true), (p.weeks[1]!.notes = 'an evening of notes')));
    await store.flush(); // today's copy now holds the notes, written by this run
    await store.replace(createDefaultPlan(curriculum, '2026-03-02'));
    await store.flush();
    const names = (await readdir(join(dir, 'backups'))).filter((n) => n.endsWith('.json'));
    const notes = await Promise.all(names.map(async (n) => (await readJson(join(dir, 'backups', n))).weeks[1].notes));
    expect(notes).toContain('an evening of notes');
    expect(names.some((n) => /-kept\.json$/.test(n))).toBe(true);
    await store.close();
  });

  it("today's copy replaced by another program between two saves is judged from its content: newer content is kept aside", async () => {
    const dir = await freshDir();
    const store = await open(dir);
    await store.update((p) => void (p.settings.profile.name = 'first save'));
    await store.flush();
    const daily = join(dir, 'backups', 'planner-2026-03-02.json');
    const copy = await readJson(daily);
    // A sync tool brings in a copy saved later (by the clock inside it) on another machine.
    await writeFile(daily, serializePlan({ ...copy, savedAt: '2026-03-02T23:00:00.000Z', settings: { ...copy.settings, profile: { ...copy.settings.profile, name: 'from the other machine' } } }));
    await store.update((p) => void (p.settings.profile.name = 'second save'));
    await store.flush();
    const names = (await readdir(join(dir, 'backups'))).filter((n) => n.endsWith('.json'));
    const held = await Promise.all(names.map(async (n) => (await readJson(join(dir, 'backups', n))).settings.profile.name));
    expect(held.sort()).toEqual(['from the other machine', 'second save']);
    await store.close();
  });
});

describe('each change is made on an exact copy of the plan', () => {
  it('a board move on the ~1 MB stress plan changes the board and savedAt only; everything else is saved as it was', async () => {
    const { generateStressPlan } = await import('../../scripts/generate-stress-plan');
    const dir = await freshDir();
    const before = generateStressPlan(curriculum, { today: '2026-03-02' });
    await writeFile(join(dir, PLAN_FILE), serializePlan(before));
    const store = await open(dir);
    const [from, to] = store.plan.board.columns.map((c) => c.id);
    const moved = store.plan.board.projects[from!]![0]!;
    await store.update((p) => void p.board.projects[to!]!.unshift(p.board.projects[from!]!.shift()!));
    const saved = await readJson(join(dir, PLAN_FILE));
    expect(saved.board.projects[to!][0]).toBe(moved);
    const { board: _b, savedAt: _s, ...rest } = saved;
    const { board: _b0, savedAt: _s0, ...restBefore } = JSON.parse(serializePlan(store.plan));
    expect(rest).toEqual(restBefore);
    expect(rest.projects).toEqual(JSON.parse(JSON.stringify(before.projects)));
    await store.close();
  });
});

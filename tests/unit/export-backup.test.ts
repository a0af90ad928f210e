import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { realFs, type FsPort } from '../../src/main/core/fs-port';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { checkBackupText } from '../../src/main/core/restore';
import { dispatch } from '../../src/main/handlers/dispatch';
import { startTestServices } from '../support/test-services';
import { curriculum, fixturePlan } from './export-fixture';

/** Loosely typed replies: each test checks the shape it expects with toMatchObject first. */
interface Reply {
  ok: boolean;
  data: { status: string; path: string; snapshot: string; source: string; backups: Array<{ name: string; kind: string; reason: string | null }> };
  error: { code: string; message: string };
}

/** Real services on a temp folder, with dialogs the test answers and an optional faulty fs. */
async function setup(options: { fs?: FsPort } = {}) {
  const saveDir = await mkdtemp(join(tmpdir(), 'pp-export-save-'));
  const answers = { save: null as string | null, cancelSave: false, open: null as string | null, printed: [] as string[] };
  const services = await startTestServices({
    prefix: 'export',
    clock: fixedClock('2026-04-20'),
    fs: options.fs,
    printToPdf: async (html) => (answers.printed.push(html), new TextEncoder().encode('%PDF-1.4 fake')),
    dialogs: {
      saveFile: async ({ defaultName }) => (answers.cancelSave ? null : (answers.save ?? join(saveDir, defaultName))),
      openFile: async () => answers.open,
    },
  });
  const { dataDir } = services;
  await services.store.replace(fixturePlan());
  const call = async (channel: string, payload: unknown) => {
    const result = await dispatch(services.handlers, channel, payload, { validateReplies: true });
    return result as unknown as Reply;
  };
  return { ...services, dataDir, saveDir, answers, call };
}

describe('export files', () => {
  it('writes Markdown, HTML, PDF and a backup where the dialog says, with nothing left behind', async () => {
    const { call, saveDir, answers } = await setup();
    for (const format of ['markdown', 'html', 'pdf', 'backup']) {
      const result = await call('portfolio:export', { format });
      expect(result).toMatchObject({ ok: true, data: { status: 'saved' } });
    }
    expect((await readdir(saveDir)).sort()).toEqual(['ada-lovelace-portfolio.html', 'ada-lovelace-portfolio.md', 'ada-lovelace-portfolio.pdf', 'prep-planner-backup-2026-04-20.json']);
    expect(await readFile(join(saveDir, 'ada-lovelace-portfolio.md'), 'utf8')).toContain('### Library Management System');
    // The PDF is the print of exactly the exported HTML.
    expect(answers.printed).toEqual([await readFile(join(saveDir, 'ada-lovelace-portfolio.html'), 'utf8')]);
    expect(await readFile(join(saveDir, 'ada-lovelace-portfolio.pdf'), 'latin1')).toBe('%PDF-1.4 fake');
  });

  it('reports a cancelled dialog as cancelled, writing nothing', async () => {
    const { call, saveDir, answers } = await setup();
    answers.cancelSave = true;
    expect(await call('portfolio:export', { format: 'html' })).toEqual({ ok: true, data: { status: 'cancelled' } });
    expect(await readdir(saveDir)).toEqual([]);
  });

  it('adds a missing extension but never overwrites a file the dialog did not confirm', async () => {
    const { call, saveDir, answers } = await setup();
    await writeFile(join(saveDir, 'mine.md'), 'keep me');
    answers.save = join(saveDir, 'mine');
    const result = await call('portfolio:export', { format: 'markdown' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already exists.*Nothing was overwritten/) } });
    expect(await readFile(join(saveDir, 'mine.md'), 'utf8')).toBe('keep me');
    answers.save = join(saveDir, 'fresh');
    expect(await call('portfolio:export', { format: 'markdown' })).toMatchObject({ ok: true, data: { path: join(saveDir, 'fresh.md') } });
  });

  it('leaves no file and no temp file when the disk fails mid-write', async () => {
    // Only exports fail: the plan file (in the data folder) still saves.
    const failing: FsPort = {
      ...realFs,
      rename: async (from, to) => (String(to).includes('pp-export-save-') ? Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })) : realFs.rename(from, to)),
    };
    const { call, saveDir } = await setup({ fs: failing });
    const result = await call('portfolio:export', { format: 'pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error', message: expect.stringContaining('the disk is full') } });
    expect(await readdir(saveDir)).toEqual([]);
  });
});

describe('backup and restore', () => {
  it('round-trips a backup to an identical plan', async () => {
    const { call, store } = await setup();
    const original = structuredClone(store.plan);
    const saved = await call('portfolio:export', { format: 'backup' });
    expect(saved.ok).toBe(true);
    const check = checkBackupText(await readFile(saved.data.path, 'utf8'), curriculum);
    expect(check).toEqual({ ok: true, plan: original });
  });

  it('restores a good backup after saving the current plan as a snapshot', async () => {
    const { call, store, saveDir, answers, dataDir } = await setup();
    const backup = await call('portfolio:export', { format: 'backup' });
    const backedUp = structuredClone(store.plan);
    await store.update((plan) => void (plan.settings.profile.name = 'Changed since'));
    const changed = structuredClone(store.plan);
    answers.open = backup.data.path;
    const result = await call('backup:import', {});
    expect(result).toMatchObject({ ok: true, data: { status: 'restored', source: answers.open } });
    expect(store.plan).toEqual(backedUp);
    expect(JSON.parse(await readFile(join(dataDir, PLAN_FILE), 'utf8'))).toEqual(backedUp);
    const snapshot = result.data.snapshot;
    expect(snapshot).toMatch(/^planner-\d{8}T\d{6}-before-restore\.json$/);
    expect(JSON.parse(await readFile(join(dataDir, 'backups', snapshot), 'utf8'))).toEqual(changed);
    expect(await readdir(saveDir)).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"version":1,', /not valid JSON/],
    ['empty', '', /empty/],
    ['a broken board', () => JSON.stringify({ ...fixturePlan(), board: { ...fixturePlan().board, projects: { backlog: [] } } }), /expected shape/],
    ['a newer format', () => JSON.stringify({ ...fixturePlan(), version: 99 }), /newer Prep Planner/],
    ['unknown projects', () => { const p = fixturePlan(); p.projects['mystery'] = { ...p.projects['job-scraper']! }; p.board.projects['backlog']!.push('mystery'); p.board.steps['mystery'] = Object.fromEntries(p.board.columns.map((c) => [c.id, []])); return JSON.stringify(p); }, /does not know \(mystery\)/],
    ['an array', '[1,2,3]', /does not hold a plan/],
  ])('refuses a backup that is %s, with a reason, and changes nothing', async (_what, content, reason) => {
    const { call, store, saveDir, answers, dataDir } = await setup();
    const path = join(saveDir, 'bad.json');
    await writeFile(path, typeof content === 'function' ? content() : content);
    const before = await readFile(join(dataDir, PLAN_FILE), 'utf8');
    const plan = structuredClone(store.plan);
    answers.open = path;
    const result = await call('backup:import', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const message = result.error.message;
    expect(message).toMatch(reason);
    expect(message).toMatch(/bad\.json cannot be restored: .*Your plan was not changed\./);
    expect(store.plan).toEqual(plan);
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(before);
    expect((await readdir(join(dataDir, 'backups'))).some((n) => n.includes('before-restore'))).toBe(false);
  });

  it('refuses a folder or a huge file before reading it', async () => {
    const { call, answers, saveDir } = await setup();
    answers.open = saveDir;
    expect(await call('backup:import', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is not a file/) } });
  });

  it('lists the rolling backups and restores one by name only', async () => {
    const { call, store, dataDir } = await setup();
    // Today's copy follows the saved plan (it holds the fixture once the save settles); an older
    // day's copy holds what was planned then: here the fresh plan, with no profile name.
    await store.flush();
    const yesterday = { ...fixturePlan(), settings: { ...fixturePlan().settings, profile: { ...fixturePlan().settings.profile, name: '' } }, savedAt: '2026-04-19T18:00:00.000Z' };
    await writeFile(join(dataDir, 'backups', 'planner-2026-04-19.json'), JSON.stringify(yesterday));
    const listed = await call('backup:list', {});
    expect(listed.ok).toBe(true);
    expect(listed.data.backups.map((b) => [b.name, b.kind])).toEqual([
      ['planner-2026-04-20.json', 'daily'],
      ['planner-2026-04-19.json', 'daily'],
    ]);
    expect(JSON.parse(await readFile(join(dataDir, 'backups', 'planner-2026-04-20.json'), 'utf8')).settings.profile.name).toBe('Ada Lovelace');
    const result = await call('backup:restore', { name: 'planner-2026-04-19.json' });
    expect(result).toMatchObject({ ok: true, data: { status: 'restored' } });
    expect(store.plan.settings.profile.name).toBe('');
    const after = await call('backup:list', {});
    expect(after.data.backups.map((b) => b.reason).sort()).toEqual(['before-restore', null, null]);
    expect(await call('backup:restore', { name: '../planner.json' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('cancelling the open dialog changes nothing', async () => {
    const { call, store } = await setup();
    const plan = structuredClone(store.plan);
    expect(await call('backup:import', {})).toEqual({ ok: true, data: { status: 'cancelled' } });
    expect(store.plan).toEqual(plan);
    expect((await stat(join(store.dataDir, PLAN_FILE))).isFile()).toBe(true);
  });
});

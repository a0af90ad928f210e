import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRecentWorkspace, RECENT_WORKSPACES } from '../../src/main/core/scaffold/workspace-choice';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { serializePlan } from '../../src/main/core/plan-file';
import { renderMarkdown } from '../../src/shared/export/markdown';
import { buildPortfolioModel } from '../../src/shared/export/portfolio-model';
import { startTestServices } from '../support/test-services';
import { faultyFs } from './scaffold-fixtures';

/** The contract's browser-mode parameters: typed paths instead of dialogs, downloads instead of "save as". */
describe('workspace chosen by a typed path', () => {
  it('accepts a full path to a writable folder, records it first among recent choices, and leaves no probe file', async () => {
    const env = await startTestServices({ prefix: 'ws-path' });
    const first = await mkdtemp(join(tmpdir(), 'pp-ws-a-'));
    const second = await mkdtemp(join(tmpdir(), 'pp-ws-b-'));
    for (const path of [first, second, first]) {
      expect(await env.call('scaffold:choose-workspace', { path })).toMatchObject({ ok: true, data: { cancelled: false, plan: { settings: { workspaceDir: path } } } });
    }
    expect(env.store.plan.settings.recentWorkspaces).toEqual([first, second]);
    expect(await readdir(first)).toEqual([]);
    // The typed path never opens a dialog.
    expect(env.sideEffects).toEqual([]);
  });

  it.each([
    ['a relative path', () => 'projects/mine', 'invalid-input', /full path/],
    ['a path that does not exist', (dir: string) => join(dir, 'nope'), 'not-found', /There is no folder at/],
    ['a file', (dir: string) => join(dir, 'file.txt'), 'conflict', /is a file, not a folder/],
  ])('refuses %s in plain words and keeps the old workspace', async (_what, pathFor, code, message) => {
    const env = await startTestServices({ prefix: 'ws-bad' });
    const dir = await mkdtemp(join(tmpdir(), 'pp-ws-bad-'));
    await writeFile(join(dir, 'file.txt'), 'x');
    const reply = await env.call('scaffold:choose-workspace', { path: pathFor(dir) });
    expect(reply).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    expect(env.store.plan.settings.workspaceDir).toBeNull();
  });

  it('refuses a folder it cannot create files in', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pp-ws-ro-'));
    const env = await startTestServices({ prefix: 'ws-ro', fs: faultyFs((op, path) => (op === 'open' && path.includes('.prep-planner-write-check-') ? 'EACCES' : null)) });
    expect(await env.call('scaffold:choose-workspace', { path: dir })).toMatchObject({
      ok: false,
      error: { code: 'read-only', message: `Prep Planner cannot create files in ${dir}: permission was denied. Choose a folder you can write to.` },
    });
    expect(env.store.plan.settings.workspaceDir).toBeNull();
  });

  it('keeps at most the newest recent choices, without duplicates', () => {
    const many = Array.from({ length: 12 }, (_, i) => `/w/${i}`);
    const list = many.reduce<string[]>((recent, path) => withRecentWorkspace(recent, path), []);
    expect(list).toEqual(many.slice(-RECENT_WORKSPACES).reverse());
    expect(withRecentWorkspace(list, '/w/5')[0]).toBe('/w/5');
    expect(new Set(withRecentWorkspace(list, '/w/5')).size).toBe(RECENT_WORKSPACES);
  });
});

describe('exports as downloads', () => {
  it('hands back the Markdown the file export writes, named as the save dialog would propose, without a dialog or a file', async () => {
    const env = await startTestServices({ prefix: 'dl-md' });
    await env.call('settings:update', { patch: { profile: { name: 'Ada Lovelace', headline: '', links: [] } } });
    const reply = await env.call('portfolio:export', { format: 'markdown', to: 'download' });
    const plan = env.store.plan;
    expect(reply).toEqual({
      ok: true,
      data: { status: 'download', fileName: 'ada-lovelace-portfolio.md', mimeType: 'text/markdown; charset=utf-8', encoding: 'utf8', content: renderMarkdown(buildPortfolioModel(loadCurriculum(), plan, plan.settings.portfolio, '2026-03-02')) },
    });
    expect(env.sideEffects).toEqual([]);
  });

  it('carries PDF bytes as base64 and a backup as the plan file', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);
    const env = await startTestServices({ prefix: 'dl-pdf', printToPdf: async () => pdf });
    const pdfReply = await env.call('portfolio:export', { format: 'pdf', to: 'download' });
    expect(pdfReply).toMatchObject({ ok: true, data: { status: 'download', encoding: 'base64', mimeType: 'application/pdf', fileName: 'portfolio.pdf' } });
    expect(Buffer.from((pdfReply as { data: { content: string } }).data.content, 'base64')).toEqual(Buffer.from(pdf));
    const backup = await env.call('portfolio:export', { format: 'backup', to: 'download' });
    expect(backup).toMatchObject({ ok: true, data: { status: 'download', fileName: 'prep-planner-backup-2026-03-02.json', content: serializePlan(env.store.plan) } });
  });
});

describe('backup restored from a typed path', () => {
  it('restores a backup file given by full path and refuses a relative one', async () => {
    const source = await startTestServices({ prefix: 'bk-src' });
    await source.call('settings:update', { patch: { profile: { name: 'From backup', headline: '', links: [] } } });
    const file = join(await mkdtemp(join(tmpdir(), 'pp-bk-')), 'backup.json');
    await writeFile(file, serializePlan(source.store.plan));

    const env = await startTestServices({ prefix: 'bk-dst' });
    expect(await env.call('backup:import', { path: 'backup.json' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/full path/) } });
    expect(env.store.plan.settings.profile.name).toBe('');
    expect(await env.call('backup:import', { path: file })).toMatchObject({ ok: true, data: { status: 'restored', source: file } });
    expect(env.store.plan.settings.profile.name).toBe('From backup');
    expect(JSON.parse(await readFile(file, 'utf8')).settings.profile.name).toBe('From backup');
    expect(env.sideEffects).toEqual([]);
  });
});

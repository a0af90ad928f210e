import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { dispatch } from '../../src/main/handlers/dispatch';
import { startTestServices } from '../support/test-services';
import { faultyFs, sandbox, tree } from './scaffold-fixtures';

async function setup(options: { chosen?: string | null; failPlanWrites?: () => boolean } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'pp-scaffold-data-'));
  const { workspace, outside } = await sandbox('handlers');
  const opened: string[] = [];
  const revealed: string[] = [];
  const fs = faultyFs((op, path) => (op === 'open' && path.includes(`${PLAN_FILE}.tmp`) && options.failPlanWrites?.() ? 'ENOSPC' : null));
  const services = await startTestServices({
    dataDir,
    fs,
    dialogs: { chooseFolder: async () => (options.chosen === undefined ? workspace : options.chosen) },
    shell: { openPath: async (p) => (opened.push(p), ''), showItemInFolder: (p) => void revealed.push(p) },
  });
  const call = async (channel: string, payload: unknown) => {
    const result = await dispatch(services.handlers, channel, payload, { validateReplies: true });
    return result as { ok: true; data: any } | { ok: false; error: { code: string; message: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  return { services, call, dataDir, workspace, outside, opened, revealed };
}

describe('scaffold handlers', () => {
  it('asks for a workspace first, then creates the folder, records it and reports what it made', async () => {
    const { call, workspace, dataDir, services } = await setup();
    expect(await call('scaffold:create', { projectId: 'job-scraper' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/workspace/) } });

    const chosen = await call('scaffold:choose-workspace', {});
    expect(chosen).toMatchObject({ ok: true, data: { cancelled: false, plan: { settings: { workspaceDir: workspace } } } });
    const status = await call('scaffold:status', { projectId: 'job-scraper' });
    expect(status).toEqual({ ok: true, data: { workspaceDir: workspace, folder: null, exists: false, plannedFolder: join(workspace, 'job-scraper') } });

    const created = await call('scaffold:create', { projectId: 'job-scraper' });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.data.folder).toBe(join(workspace, 'job-scraper'));
    expect(created.data.created).toContain('job-scraper/README.md');
    expect(created.data.kept).toEqual([]);
    expect(created.data.plan.projects['job-scraper'].folder).toBe(join(workspace, 'job-scraper'));
    const readme = await readFile(join(workspace, 'job-scraper', 'README.md'), 'utf8');
    expect(readme).toContain('- [ ] Use BeautifulSoup for scraping.');
    expect(readme).toContain('- Week 7:');

    await services.store.flush();
    const saved = JSON.parse(await readFile(join(dataDir, PLAN_FILE), 'utf8'));
    expect(saved.projects['job-scraper'].folder).toBe(join(workspace, 'job-scraper'));
    expect(saved.settings.workspaceDir).toBe(workspace);

    const again = await call('scaffold:create', { projectId: 'job-scraper' });
    expect(again).toMatchObject({ ok: true, data: { created: [] } });
  });

  it('keeps a folder’s layout when the project changes, says so, and adds nothing that would not fit', async () => {
    const { call, workspace } = await setup();
    await call('scaffold:choose-workspace', {});
    const first = await call('scaffold:create', { projectId: 'library-management-system' });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.data.notice).toBeUndefined();
    await rm(join(workspace, 'library-management-system', 'NOTES.md'));
    // The learner picks Django and adds steps that would choose rate limiting and Docker.
    expect(await call('board:update-project', { projectId: 'library-management-system', patch: { stackChoices: { 'Flask/Django': 'Django' } } })).toMatchObject({ ok: true });
    for (const title of ['Add rate limiting to the API.', 'Ship it with Docker.']) {
      expect(await call('board:add-step', { projectId: 'library-management-system', title })).toMatchObject({ ok: true });
    }
    const again = await call('scaffold:create', { projectId: 'library-management-system' });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.data.created).toEqual(['library-management-system/NOTES.md']);
    expect(again.data.notice).toMatch(/^This folder was made as flask-core \+ store \+ flask-api \(books\); .* now calls for django \+ deploy \(books\): to start from that instead, move or rename the folder/);
    expect(await tree(join(workspace, 'library-management-system'))).not.toContain('manage.py');
  });

  it('notices a folder that disappeared and recreates it', async () => {
    const { call, workspace } = await setup();
    await call('scaffold:choose-workspace', {});
    await call('scaffold:create', { projectId: 'ai-chatbot' });
    await rm(join(workspace, 'ai-chatbot'), { recursive: true });
    expect(await call('scaffold:status', { projectId: 'ai-chatbot' })).toMatchObject({ ok: true, data: { folder: join(workspace, 'ai-chatbot'), exists: false } });
    expect(await call('scaffold:open', { projectId: 'ai-chatbot', how: 'open' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const recreated = await call('scaffold:create', { projectId: 'ai-chatbot' });
    expect(recreated).toMatchObject({ ok: true, data: { kept: [] } });
    expect(await call('scaffold:status', { projectId: 'ai-chatbot' })).toMatchObject({ ok: true, data: { exists: true } });
  });

  it('opens and reveals only the recorded folder', async () => {
    const { call, workspace, opened, revealed } = await setup();
    expect(await call('scaffold:open', { projectId: 'job-scraper', how: 'open' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await call('scaffold:choose-workspace', {});
    await call('scaffold:create', { projectId: 'job-scraper' });
    expect(await call('scaffold:open', { projectId: 'job-scraper', how: 'open' })).toEqual({ ok: true, data: { opened: true } });
    expect(await call('scaffold:open', { projectId: 'job-scraper', how: 'reveal' })).toEqual({ ok: true, data: { opened: true } });
    expect(opened).toEqual([join(workspace, 'job-scraper')]);
    expect(revealed).toEqual([join(workspace, 'job-scraper')]);
    expect(await call('scaffold:open', { projectId: 'job-scraper', how: 'delete' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('scaffold:open', { projectId: '../x', how: 'open' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('scaffold:create', { projectId: 'no-such-project' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps the old workspace when the dialog is cancelled, and refuses a missing folder', async () => {
    const cancelled = await setup({ chosen: null });
    expect(await cancelled.call('scaffold:choose-workspace', {})).toMatchObject({ ok: true, data: { cancelled: true, plan: { settings: { workspaceDir: null } } } });
    const missing = await setup({ chosen: '/definitely/not/here' });
    expect(await missing.call('scaffold:choose-workspace', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(missing.services.store.plan.settings.workspaceDir).toBeNull();
  });

  it('removes the new folder and leaves the plan unchanged when saving the plan fails', async () => {
    let failing = false;
    const { call, workspace, dataDir, services } = await setup({ failPlanWrites: () => failing });
    await call('scaffold:choose-workspace', {});
    await services.store.flush();
    const before = await readFile(join(dataDir, PLAN_FILE), 'utf8');
    failing = true;
    const result = await call('scaffold:create', { projectId: 'job-scraper' });
    expect(result).toMatchObject({ ok: false });
    expect(await tree(workspace)).toEqual([]);
    expect(services.store.plan.projects['job-scraper']!.folder).toBeNull();
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(before);
  });

  it('a failed scaffold leaves the plan file as it was', async () => {
    const { call, workspace, dataDir, services } = await setup();
    await call('scaffold:choose-workspace', {});
    await services.store.flush();
    const before = await readFile(join(dataDir, PLAN_FILE), 'utf8');
    await writeFile(join(workspace, 'job-scraper'), 'a file where the folder goes');
    expect(await call('scaffold:create', { projectId: 'job-scraper' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await services.store.flush();
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(before);
  });
});

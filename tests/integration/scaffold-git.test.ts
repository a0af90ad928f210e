import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFs } from '../../src/main/core/fs-port';
import { initRepository, realGit, type GitRunner } from '../../src/main/core/scaffold/git-init';
import { startTestServices } from '../support/test-services';
import { sandbox } from './scaffold-fixtures';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

async function services() {
  const { workspace, root } = await sandbox('git');
  const dataDir = await mkdtemp(join(tmpdir(), 'pp-git-data-'));
  const app = await startTestServices({ dataDir, dialogs: { chooseFolder: async () => workspace } });
  await app.call('scaffold:choose-workspace', {});
  const create = async (projectId: string) => {
    const reply = await app.call('scaffold:create', { projectId });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.data as { folder: string; created: string[]; git?: { status: string; message: string } };
  };
  return { ...app, workspace, root, create };
}

describe('a first Git commit for a new project folder', () => {
  it('is made by default, with every scaffolded file and nothing left over', async () => {
    const { create } = await services();
    const report = await create('weather-forecast-api');
    expect(report.git).toEqual({ status: 'committed', message: 'Started a Git repository with a first commit of these files.' });
    expect(git(report.folder, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(git(report.folder, 'status', '--porcelain')).toBe('');
    const tracked = git(report.folder, 'ls-files').split('\n');
    expect(tracked).toEqual(expect.arrayContaining(['README.md', '.gitignore', 'src/weather_forecast_api/app.py', 'tests/test_weather_forecast_api.py']));
    expect(tracked).toHaveLength(report.created.filter((p) => !p.endsWith('/')).length);
  });

  it('is not made when the setting is off', async () => {
    const { create, call } = await services();
    expect(await call('settings:update', { patch: { scaffoldGit: false } })).toMatchObject({ ok: true, data: { settings: { scaffoldGit: false } } });
    const report = await create('job-scraper');
    expect(report.git).toBeUndefined();
    expect(await readdir(report.folder)).not.toContain('.git');
  });

  it('leaves an existing repository alone when the workspace is inside one', async () => {
    const { create, root } = await services();
    git(root, 'init', '-q');
    const report = await create('job-scraper');
    expect(report.git?.status).toBe('skipped');
    expect(report.git?.message).toMatch(/inside an existing Git repository/);
    expect(await readdir(report.folder)).not.toContain('.git');
    expect(() => git(root, 'rev-parse', 'HEAD')).toThrow(); // still no commit in the outer repository
  });

  it('is not made for a folder that already existed with the user’s files', async () => {
    const { create, workspace } = await services();
    await mkdir(join(workspace, 'job-scraper'));
    await writeFile(join(workspace, 'job-scraper', 'mine.txt'), 'private');
    const report = await create('job-scraper');
    expect(report.git).toEqual({ status: 'skipped', message: 'The folder already existed, so no Git repository was started.' });
    expect(await readdir(report.folder)).not.toContain('.git');
  });
});

describe('initRepository', () => {
  const folder = async () => (await sandbox('git-core')).workspace;

  it('says so, and does nothing, when git is not on the PATH', async () => {
    const missing: GitRunner = async () => {
      throw Object.assign(new Error('spawn git ENOENT'), { code: 'ENOENT' });
    };
    const dir = await folder();
    expect(await initRepository(realFs, dir, 'X', missing)).toEqual({ status: 'skipped', message: 'Git is not installed (not on the PATH), so no repository was started.' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the repository it started when the commit fails', async () => {
    const failingCommit: GitRunner = (args, cwd) => (args.includes('commit') ? Promise.resolve({ code: 1, stdout: '' }) : realGit(args, cwd));
    const dir = await folder();
    await writeFile(join(dir, 'a.txt'), 'a');
    const outcome = await initRepository(realFs, dir, 'X', failingCommit);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/git init/);
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('refuses a folder with a .git above it even when git itself cannot tell', async () => {
    const { root, workspace } = await sandbox('git-above');
    await mkdir(join(root, '.git'));
    const blind: GitRunner = (args, cwd) => (args[0] === 'rev-parse' ? Promise.resolve({ code: 128, stdout: '' }) : realGit(args, cwd));
    expect((await initRepository(realFs, workspace, 'X', blind)).status).toBe('skipped');
    expect(await readdir(workspace)).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFs } from '../../src/main/core/fs-port';
import { isInside } from '../../src/main/core/scaffold/safe-path';
import { scaffoldProject } from '../../src/main/core/scaffold/scaffold-project';
import { TEMPLATES_DIR, sampleProject, sandbox, tree } from './scaffold-fixtures';

const run = (workspaceDir: string, name = 'Job Scraper', id = 'job-scraper') =>
  scaffoldProject(realFs, { templatesDir: TEMPLATES_DIR, workspaceDir, project: sampleProject({ name, id }), today: '2026-03-02' });

export const HOSTILE_NAMES = [
  '..',
  '.',
  '../../etc',
  '../outside',
  '..\\..\\outside',
  '/etc/passwd',
  'a/../../outside',
  'C:\\Windows\\System32',
  'C:',
  '\\\\server\\share',
  'CON',
  'nul',
  'COM1',
  'lpt9.txt',
  'aux.py',
  'name with trailing dot.',
  'trailing spaces   ',
  '...',
  'tab\there\nnewline\u0000nul\u001bescape',
  'x'.repeat(5000),
  '日本語プロジェクト',
  '🚀🔥',
  'Café Ünïcödé Ωmega',
  'Привет мир',
  '\u202Egnp.exe',
  'outside',
  '~/.ssh',
  '$HOME',
  'a:b|c?d*e<f>g"h',
  '\ud800 lone surrogate',
  'import',
  '1984',
];

describe('hostile project names', () => {
  it(`keep all ${HOSTILE_NAMES.length} scaffolds inside the workspace`, async () => {
    expect(HOSTILE_NAMES.length).toBeGreaterThanOrEqual(20);
    const { root, workspace, outside } = await sandbox('hostile');
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      const outcome = await run(workspace, name, `p${i}`);
      expect(isInside(workspace, await realpath(outcome.folder))).toBe(true);
      const segment = outcome.folder.slice(workspace.length + 1);
      expect(segment).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(segment.length).toBeLessThanOrEqual(60);
      expect(segment).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
    }
    expect(await tree(outside)).toEqual([]);
    const topLevel = new Set((await tree(root)).map((p) => p.split('/')[0]));
    expect([...topLevel].sort()).toEqual(['outside', 'workspace']);
    expect(await tree(workspace)).toEqual(expect.arrayContaining(['p0/', 'p1/', 'etc/', 'outside/', 'con-project/']));
  });

  it('write the name into the files as text, never as code or markup that breaks the file', async () => {
    const { workspace } = await sandbox('quotes');
    const outcome = await run(workspace, 'Evil """\\" name\nwith = "toml" [x]', 'evil');
    const init = await readFile(join(outcome.folder, 'src', 'evil_name_with_toml_x', '__init__.py'), 'utf8');
    expect(init).toContain('PROJECT_NAME = "Evil \\"\\"\\"\\\\\\" name with = \\"toml\\" [x]"');
    // The raw name appears nowhere else in the Python file: only inside the escaped literal.
    expect(init.split('\n').filter((line) => line.includes('Evil'))).toHaveLength(1);
    const readme = await readFile(join(outcome.folder, 'README.md'), 'utf8');
    expect(readme.split('\n')[0]).toBe('# Evil """\\" name with = "toml" [x]');
  });
});

describe('links inside the workspace', () => {
  it('does not follow a project folder that is a link pointing outside', async () => {
    const { workspace, outside } = await sandbox('link');
    await symlink(outside, join(workspace, 'job-scraper'), 'dir');
    await expect(run(workspace)).rejects.toMatchObject({ code: 'unsafe-path', message: expect.stringMatching(/link/) });
    expect(await tree(outside)).toEqual([]);
  });

  it('does not follow a sub-folder link, and removes what it had created', async () => {
    const { workspace, outside } = await sandbox('sublink');
    await mkdir(join(workspace, 'job-scraper'));
    await symlink(outside, join(workspace, 'job-scraper', 'src'), 'dir');
    await expect(run(workspace)).rejects.toMatchObject({ code: 'unsafe-path' });
    expect(await tree(outside)).toEqual([]);
    expect(await tree(workspace)).toEqual(['job-scraper/', 'job-scraper/src']);
  });

  it('never writes through a file link: it is reported as kept and its target stays as it was', async () => {
    const { workspace, outside } = await sandbox('filelink');
    await mkdir(join(workspace, 'job-scraper'));
    await writeFile(join(outside, 'victim.txt'), 'precious');
    await symlink(join(outside, 'victim.txt'), join(workspace, 'job-scraper', 'README.md'));
    await symlink(join(outside, 'missing.txt'), join(workspace, 'job-scraper', 'NOTES.md'));
    const outcome = await run(workspace);
    expect(outcome.kept).toEqual(expect.arrayContaining(['job-scraper/README.md', 'job-scraper/NOTES.md']));
    expect(await readFile(join(outside, 'victim.txt'), 'utf8')).toBe('precious');
    expect(await tree(outside)).toEqual(['victim.txt']);
  });

  it('accepts a workspace that is itself a link and records its real path', async () => {
    const { root, workspace } = await sandbox('wslink');
    await symlink(workspace, join(root, 'alias'), 'dir');
    const outcome = await run(join(root, 'alias'));
    expect(outcome.folder).toBe(join(workspace, 'job-scraper'));
  });
});

/** A real read-only file system: a read-only tmpfs as root (chmod does not stop root), else chmod. */
async function withReadOnlyFolder(test: (dir: string) => Promise<void>) {
  const { root } = await sandbox('ro');
  const dir = join(root, 'ro-workspace');
  await mkdir(dir);
  if (process.getuid?.() === 0) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir]);
    try {
      await test(dir);
    } finally {
      execFileSync('umount', [dir]);
    }
  } else {
    await chmod(dir, 0o555);
    await test(dir);
  }
}

describe('a real read-only or full disk', () => {
  it('a read-only workspace gives a clear error and leaves nothing behind', async () => {
    await withReadOnlyFolder(async (dir) => {
      await expect(run(dir)).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/read-only drive|not allowed to write/) });
      expect(await tree(dir)).toEqual([]);
    });
  });

  it.runIf(process.getuid?.() === 0)('a disk that runs out of room midway is rolled back', async () => {
    const { root } = await sandbox('full');
    const dir = join(root, 'tiny');
    await mkdir(dir);
    // Room for the root and five more entries: the run fails after creating some of its ten.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,nr_inodes=6', 'tmpfs', dir]);
    try {
      await expect(run(dir)).rejects.toMatchObject({ code: 'io-error', message: expect.stringMatching(/disk is full.*were removed/) });
      expect(await tree(dir)).toEqual([]);
    } finally {
      execFileSync('umount', [dir]);
    }
  });
});

import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFs } from '../../src/main/core/fs-port';
import { scaffoldProject } from '../../src/main/core/scaffold/scaffold-project';
import { TEMPLATES_DIR, faultyFs, sampleProject, sandbox, tree } from './scaffold-fixtures';

const EXPECTED = [
  'job-scraper/',
  'job-scraper/.gitignore',
  'job-scraper/.prep-planner.json',
  'job-scraper/NOTES.md',
  'job-scraper/README.md',
  'job-scraper/pyproject.toml',
  'job-scraper/src/',
  'job-scraper/src/job_scraper/',
  'job-scraper/src/job_scraper/__init__.py',
  'job-scraper/src/job_scraper/__main__.py',
  'job-scraper/src/job_scraper/mongo_storage.py',
  'job-scraper/src/job_scraper/scraper.py',
  'job-scraper/src/job_scraper/storage.py',
  'job-scraper/tests/',
  'job-scraper/tests/__init__.py',
  'job-scraper/tests/fixtures/',
  'job-scraper/tests/fixtures/jobs.html',
  'job-scraper/tests/test_job_scraper.py',
  'job-scraper/tests/test_mongo_storage.py',
];

const run = (workspaceDir: string, fs = realFs, project = sampleProject()) =>
  scaffoldProject(fs, { templatesDir: TEMPLATES_DIR, workspaceDir, project, today: '2026-03-02' });

describe('scaffolding a project folder', () => {
  it('creates the README, Python layout, tests, .gitignore and notes from the templates', async () => {
    const { workspace } = await sandbox();
    const outcome = await run(workspace);
    expect(outcome.folder).toBe(join(workspace, 'job-scraper'));
    expect([...outcome.created].sort()).toEqual(EXPECTED);
    expect(outcome.kept).toEqual([]);
    expect(await tree(workspace)).toEqual(EXPECTED);

    const readme = await readFile(join(outcome.folder, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# Job Scraper\n/);
    expect(readme).toContain('A script to scrape job listings');
    expect(readme).toContain('- [x] Use BeautifulSoup for scraping.\n- [ ] Store data in MongoDB.');
    expect(readme).toContain('Python, BeautifulSoup, MongoDB');
    expect(readme).toContain('- Week 7: Web Scraping\n- Week 8: Database Interaction');
    expect(readme).not.toMatch(/\{\{[a-z_]+\}\}/);

    const pyproject = await readFile(join(outcome.folder, 'pyproject.toml'), 'utf8');
    expect(pyproject).toContain('name = "job-scraper"');
    expect(pyproject).toContain('dependencies = [\n    "beautifulsoup4",\n    "requests",\n    "pymongo",\n]');
    expect(pyproject).toContain('packages = ["src/job_scraper"]');
    expect(await readFile(join(outcome.folder, 'tests/test_job_scraper.py'), 'utf8')).toContain('from job_scraper.scraper import');
    expect(await readFile(join(outcome.folder, '.gitignore'), 'utf8')).toContain('.venv/');
    expect(await readFile(join(outcome.folder, 'NOTES.md'), 'utf8')).toContain('# Job Scraper — notes');
  });

  it('changes nothing when run a second time', async () => {
    const { workspace } = await sandbox();
    const first = await run(workspace);
    const snapshot = await Promise.all(EXPECTED.filter((p) => !p.endsWith('/')).map(async (p) => [p, await readFile(join(workspace, p), 'utf8'), (await stat(join(workspace, p))).mtimeMs]));
    const second = await run(workspace, realFs, sampleProject({ description: 'A different description now.' }));
    expect(second.created).toEqual([]);
    expect([...second.kept].sort()).toEqual(EXPECTED);
    expect(second.folder).toBe(first.folder);
    for (const [p, content, mtime] of snapshot) {
      expect(await readFile(join(workspace, p as string), 'utf8')).toBe(content);
      expect((await stat(join(workspace, p as string))).mtimeMs).toBe(mtime);
    }
  });

  it('leaves the user’s own files untouched and adds only the missing ones, saying which is which', async () => {
    const { workspace } = await sandbox();
    const folder = join(workspace, 'job-scraper');
    await mkdir(join(folder, 'tests'), { recursive: true });
    await writeFile(join(folder, 'README.md'), 'my own readme');
    await writeFile(join(folder, 'tests', 'test_job_scraper.py'), 'def test_mine(): pass\n');
    await writeFile(join(folder, 'scratch.py'), 'print(1)');
    const outcome = await run(workspace);
    expect([...outcome.kept].sort()).toEqual(['job-scraper/', 'job-scraper/README.md', 'job-scraper/tests/', 'job-scraper/tests/test_job_scraper.py']);
    expect([...outcome.created].sort()).toEqual(EXPECTED.filter((p) => !outcome.kept.includes(p)));
    expect(await readFile(join(folder, 'README.md'), 'utf8')).toBe('my own readme');
    expect(await readFile(join(folder, 'tests', 'test_job_scraper.py'), 'utf8')).toBe('def test_mine(): pass\n');
    expect(await readFile(join(folder, 'scratch.py'), 'utf8')).toBe('print(1)');
  });

  it('puts every package the roadmap stack names into pyproject.toml', async () => {
    const { workspace } = await sandbox();
    const outcome = await run(workspace, realFs, sampleProject({ id: 'x', name: 'Everything', stack: ['Flask', 'Django', 'Flask-SocketIO', 'Scikit-Learn', 'NLTK', 'SpaCy', 'Plotly', 'React'] }));
    const pyproject = await readFile(join(outcome.folder, 'pyproject.toml'), 'utf8');
    for (const name of ['flask', 'django', 'flask-socketio', 'scikit-learn', 'nltk', 'spacy', 'plotly']) expect(pyproject).toContain(`    "${name}",`);
    expect(pyproject).not.toContain('react');
  });
});

describe('all or nothing', () => {
  it.each([
    ['EACCES', 'read-only', /not allowed to write/],
    ['EROFS', 'read-only', /read-only drive/],
    ['ENOSPC', 'io-error', /disk is full/],
  ])('a %s midway removes what the run created and says why', async (code, appCode, message) => {
    const { root, workspace } = await sandbox();
    let opens = 0;
    const fs = faultyFs((op) => (op === 'open' && ++opens === 4 ? code : null));
    const failure = await run(workspace, fs).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'AppError', code: appCode, message: expect.stringMatching(message) });
    expect((failure as Error).message).toMatch(/items created before the failure were removed/);
    expect(await tree(root)).toEqual(['outside/', 'workspace/']);
  });

  it('a disk that fills up while a file is being written leaves no half-written file', async () => {
    const { workspace } = await sandbox();
    const fs = faultyFs((op, path) => (op === 'write' && path.endsWith('pyproject.toml') ? 'ENOSPC' : null));
    await expect(run(workspace, fs)).rejects.toMatchObject({ code: 'io-error', message: expect.stringContaining('pyproject.toml') });
    expect(await tree(workspace)).toEqual([]);
  });

  it('a read-only workspace fails at the first folder with a clear message and creates nothing', async () => {
    const { workspace } = await sandbox();
    const fs = faultyFs((op) => (op === 'mkdir' ? 'EACCES' : null));
    await expect(run(workspace, fs)).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/not allowed to write .*job-scraper.*Nothing was created/) });
    expect(await tree(workspace)).toEqual([]);
  });

  it('a file where a folder should be stops the run, keeps that file and removes the rest', async () => {
    const { workspace } = await sandbox();
    await mkdir(join(workspace, 'job-scraper'));
    await writeFile(join(workspace, 'job-scraper', 'src'), 'I am a file');
    await expect(run(workspace)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/file is in the way .*src/) });
    expect(await tree(workspace)).toEqual(['job-scraper/', 'job-scraper/src']);
    expect(await readFile(join(workspace, 'job-scraper', 'src'), 'utf8')).toBe('I am a file');
  });

  it('refuses a workspace that is missing or is a file', async () => {
    const { root, workspace } = await sandbox();
    await expect(run(join(workspace, 'nope'))).rejects.toMatchObject({ code: 'not-found' });
    await writeFile(join(root, 'file'), '');
    await expect(run(join(root, 'file'))).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('a file that appears during the run', () => {
  it('is kept, not overwritten', async () => {
    const { workspace } = await sandbox();
    const fs = faultyFs(() => null);
    const realOpen = fs.open;
    // Someone saves README.md between the existence check and the exclusive create.
    fs.open = (async (path: string, flags?: string) => {
      if (String(path).endsWith('README.md')) await writeFile(path, 'theirs');
      return realOpen(path, flags);
    }) as typeof fs.open;
    const outcome = await run(workspace, fs);
    expect(outcome.kept).toEqual(['job-scraper/README.md']);
    expect(await readFile(join(workspace, 'job-scraper', 'README.md'), 'utf8')).toBe('theirs');
  });
});

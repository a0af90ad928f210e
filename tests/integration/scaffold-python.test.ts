import { execFile } from 'node:child_process';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { realFs } from '../../src/main/core/fs-port';
import { LAYOUT_FILE } from '../../src/main/core/scaffold/scaffold-layout';
import { scaffoldProject } from '../../src/main/core/scaffold/scaffold-project';
import { resolveStack } from '../../src/main/core/scaffold/resolve-stack';
import { templateChoiceFor, type ScaffoldProject } from '../../src/main/core/scaffold/template-values';
import { checkFrontend, pageEndpoints, viteProxy } from './scaffold-frontend-check';
import { TEMPLATES_DIR, sandbox } from './scaffold-fixtures';
import { allScaffoldProjects } from './scaffold-projects';

/**
 * The proof that scaffolds run: every roadmap project (plus Django, Docker and user-added
 * variants) is scaffolded into one temporary workspace, and two folders are created a second time
 * after their project changed. Then Debian's Python compiles each folder, runs its tests with pytest
 * and `unittest discover`, lists its backend's routes, runs every command of its README's "Run it"
 * and, where there is a Dockerfile, the image's command as an unprivileged user (.ci/run installs
 * the packages).
 */
const PYTHON = process.env.SCAFFOLD_PYTHON ?? '/usr/bin/python3';
const RUNNER = resolve('tests', 'integration', 'scaffold-python', 'run_scaffolds.py');

interface Run {
  command: string;
  url: string | null;
  ok: boolean;
  output?: string;
}
interface PythonResult {
  folder: string;
  compiled: boolean;
  pytest: { exit: number; passed: number; failed: number; output?: string };
  unittest: { exit: number; ran: number; ok: boolean; output?: string };
  backend: { prefixes: string[]; socketio: boolean; gets: Record<string, number> } | null;
  apps: { readme: Run[]; container?: Run & { expose: string | null; url_in_deploy: boolean; data_written: string[] }; crash?: string };
}

const step = (title: string) => ({ title, done: false });
const library = allScaffoldProjects()[0]!;
/** Made once, then changed in every way that picks other parts, some files deleted, made again. */
const RESCAFFOLDED: Array<{ project: ScaffoldProject; changed: ScaffoldProject; forget: string[] }> = [
  {
    project: { ...library, id: 'library-again', name: 'Library Again' },
    changed: {
      ...library, id: 'library-again', name: 'Library Again', stack: resolveStack(['Python', 'Flask', 'Django', 'React', 'WebSocket', 'Plotly'], 'Django'),
      steps: [...library.steps, step('Add rate limiting to the API.'), step('Ship it with Docker.'), step('Show the weather forecast.')],
    },
    forget: ['tests/test_library_again.py', 'src/library_again/store.py', 'README.md'],
  },
  {
    // A folder from before layouts were recorded: only standalone files may come back.
    project: { ...library, id: 'library-legacy', name: 'Library Legacy' },
    changed: { ...library, id: 'library-legacy', name: 'Library Legacy', steps: [...library.steps, step('Add rate limiting to the API.')] },
    forget: [LAYOUT_FILE, 'NOTES.md'],
  },
];

// A created-again folder keeps its first layout, so its first project says what it holds.
const projects = [...allScaffoldProjects(), ...RESCAFFOLDED.map((r) => r.project)];
const folders = new Map<string, string>();
const results = new Map<string, PythonResult>();
const createdAgain = new Map<string, string[]>();
const resultFor = (id: string) => results.get(folders.get(id)!.split(/[\\/]/).at(-1)!)!;

beforeAll(async () => {
  const { workspace } = await sandbox('python');
  const scaffold = (project: ScaffoldProject) => scaffoldProject(realFs, { templatesDir: TEMPLATES_DIR, workspaceDir: workspace, project, today: '2026-03-02' });
  for (const project of allScaffoldProjects()) folders.set(project.id, (await scaffold(project)).folder);
  for (const { project, changed, forget } of RESCAFFOLDED) {
    const { folder } = await scaffold(project);
    for (const file of forget) await rm(join(folder, file));
    createdAgain.set(project.id, (await scaffold(changed)).created);
    folders.set(project.id, folder);
  }
  const { stdout } = await promisify(execFile)(PYTHON, [RUNNER, ...folders.values()], { maxBuffer: 16 * 1024 * 1024, timeout: 560_000 });
  for (const result of JSON.parse(stdout) as PythonResult[]) results.set(result.folder, result);
}, 580_000);

describe('every scaffold runs with Debian’s Python', () => {
  it('covers the ten roadmap projects, Django, Docker, user-added and created-again projects', () => {
    expect(projects).toHaveLength(20);
    expect(new Set(projects.map((p) => templateChoiceFor(p).kind))).toEqual(
      new Set(['flask-api', 'scraper', 'flask-chat', 'flask-weather', 'ml-recommender', 'nlp-sentiment', 'nlp-faq', 'django', 'python-cli']),
    );
  });

  it.each(projects.map((p) => [p.id] as const))('%s compiles and passes its tests under pytest and unittest', (id) => {
    const result = resultFor(id);
    expect(result, `no result for ${id}`).toBeDefined();
    expect(result.compiled).toBe(true);
    expect(result.pytest, result.pytest.output).toMatchObject({ exit: 0, failed: 0 });
    expect(result.pytest.passed).toBeGreaterThanOrEqual(3);
    // The same tests under unittest: no "Ran 0 tests … OK" false green.
    expect(result.unittest, result.unittest.output).toMatchObject({ exit: 0, ok: true, ran: result.pytest.passed });
  });

  it.each(projects.map((p) => [p.id] as const))('%s documents how to run it, and every command there works', async (id) => {
    const readme = await readFile(join(folders.get(id)!, 'README.md'), 'utf8');
    const runIt = readme.split('## Run it')[1]?.split('\n## ')[0] ?? '';
    expect(runIt).toMatch(/python (-m \w+|manage\.py runserver)/);
    const pyproject = await readFile(join(folders.get(id)!, 'pyproject.toml'), 'utf8');
    expect(pyproject).toMatch(/\[project\.optional-dependencies\]\ndev = \["pytest>=7"\]/);
    const { readme: runs, crash } = resultFor(id).apps;
    expect(crash).toBeUndefined();
    expect(runs.length).toBeGreaterThanOrEqual(1);
    for (const run of runs) expect(run, run.output).toMatchObject({ ok: true });
    // A backend is started and answers on the URL the README gives.
    if (resultFor(id).backend) expect(runs.some((r) => r.url !== null)).toBe(true);
  });
});

describe('the scaffold of a changed project', () => {
  it('adds back only files of the layout the folder was made with, and its tests still pass (above)', () => {
    expect([...createdAgain.get('library-again')!].sort()).toEqual(
      ['library-again/README.md', 'library-again/src/library_again/store.py', 'library-again/tests/test_library_again.py'],
    );
    expect(createdAgain.get('library-legacy')).toEqual(['library-legacy/NOTES.md']);
  });
});

const withDeploy = projects.filter((p) => templateChoiceFor(p).deploy).map((p) => [p.id] as const);
describe('the deploy files', () => {
  it('are made for a Flask server, a Django server, a Socket.IO server and a batch job', () => {
    expect(new Set(projects.filter((p) => templateChoiceFor(p).deploy).map((p) => templateChoiceFor(p).kind))).toEqual(new Set(['flask-api', 'django', 'flask-chat', 'scraper']));
  });

  it.each(withDeploy)('%s: the image’s command runs as an unprivileged user, writing only to /data', (id) => {
    const container = resultFor(id).apps.container!;
    expect(container, container?.output).toMatchObject({ ok: true });
    if (resultFor(id).backend) {
      expect(container.expose).toMatch(/^\d+$/);
      expect(container.url_in_deploy).toBe(true);
    } else {
      expect(container.expose).toBeNull();
      expect(container.data_written.length).toBeGreaterThan(0);
    }
  });

  it.each(withDeploy)('%s: DEPLOY.md and the Dockerfile name only settings the code reads and modules that exist', async (id) => {
    const folder = folders.get(id)!;
    const deploy = await readFile(join(folder, 'DEPLOY.md'), 'utf8');
    const dockerfile = await readFile(join(folder, 'Dockerfile'), 'utf8');
    const code = await pythonSources(join(folder, 'src'));
    const envLine = /^ENV (.*)$/m.exec(dockerfile)![1]!;
    const names = new Set([...`${deploy}\n${envLine}`.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|`([A-Z]{3,})`|\b([A-Z]{3,})=/g)].map((m) => m[1] ?? m[2] ?? m[0]));
    const reads = (name: string) =>
      code.includes(`"${name}"`) || (name.startsWith('FLASK_') && code.includes('from_prefixed_env') && new RegExp(`\\b${name.slice(6)}\\b`).test(code));
    const unread = [...names].filter((n) => !n.startsWith('PYTHON') && !['AWS', 'ECR', 'ECS', 'EFS', 'CMD'].includes(n) && !reads(n));
    expect(unread).toEqual([]);
    if (templateChoiceFor(projects.find((p) => p.id === id)!).kind !== 'django') expect(deploy).not.toContain('DJANGO_');
    const pkg = (await readdir(join(folder, 'src')))[0]!;
    for (const [, module, callable] of `${deploy}\n${dockerfile}`.matchAll(new RegExp(`\\b(${pkg}(?:\\.[a-z_]+)*)(?::([a-z_]+)\\(\\))?`, 'g'))) {
      const path = join(folder, 'src', ...module!.split('.'));
      const source = await readFile(`${path}.py`, 'utf8').catch(() => readFile(join(path, '__main__.py'), 'utf8'));
      if (callable) expect(source).toContain(`def ${callable}(`);
    }
  });
});

describe('the React frontend', () => {
  const withReact = projects.filter((p) => templateChoiceFor(p).react).map((p) => [p.id] as const);
  it.each(withReact)('%s has a frontend whose files parse and whose packages are real', async (id) => {
    expect(await checkFrontend(folders.get(id)!)).toEqual([]);
    expect(await readFile(join(folders.get(id)!, '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
  });

  it.each(withReact)('%s: Vite proxies every backend route (Socket.IO with WebSockets) and the page’s GETs answer 200', async (id) => {
    const backend = resultFor(id).backend!;
    const proxy = await viteProxy(folders.get(id)!);
    const keys = Object.keys(proxy);
    for (const prefix of backend.prefixes) expect(keys, prefix).toContain(prefix);
    const endpoints = await pageEndpoints(folders.get(id)!);
    expect(endpoints.length).toBeGreaterThanOrEqual(1);
    for (const path of endpoints) {
      expect(keys.some((k) => path === k || path.startsWith(`${k}/`)), path).toBe(true);
      expect(backend.gets[path], path).toBe(200);
    }
    if (backend.socketio) {
      expect(proxy['/socket.io']).toEqual({ target: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), ws: true });
      expect(backend.gets['/socket.io/?EIO=4&transport=polling']).toBe(200);
    } else {
      expect(keys).not.toContain('/socket.io');
    }
  });
});

/** Every .py file under `dir`, concatenated. */
async function pythonSources(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.py')).map((e) => join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
}

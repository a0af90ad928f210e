import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { realFs } from '../../src/main/core/fs-port';
import { scaffoldProject } from '../../src/main/core/scaffold/scaffold-project';
import { templateChoiceFor } from '../../src/main/core/scaffold/template-values';
import { checkFrontend } from './scaffold-frontend-check';
import { TEMPLATES_DIR, sandbox } from './scaffold-fixtures';
import { allScaffoldProjects } from './scaffold-projects';

/**
 * The proof that scaffolds run: every roadmap project (plus a Django variant and two projects a
 * user added) is scaffolded into one temporary workspace, then Debian's Python compiles each folder
 * and runs its tests with pytest and with `unittest discover` (.ci/run installs the packages).
 */
const PYTHON = process.env.SCAFFOLD_PYTHON ?? '/usr/bin/python3';
const RUNNER = resolve('tests', 'integration', 'scaffold-python', 'run_scaffolds.py');

interface PythonResult {
  folder: string;
  compiled: boolean;
  pytest: { exit: number; passed: number; failed: number; output?: string };
  unittest: { exit: number; ran: number; ok: boolean; output?: string };
}

const projects = allScaffoldProjects();
const folders = new Map<string, string>();
const results = new Map<string, PythonResult>();

beforeAll(async () => {
  const { workspace } = await sandbox('python');
  for (const project of projects) {
    const outcome = await scaffoldProject(realFs, { templatesDir: TEMPLATES_DIR, workspaceDir: workspace, project, today: '2026-03-02' });
    folders.set(project.id, outcome.folder);
  }
  const { stdout } = await promisify(execFile)(PYTHON, [RUNNER, ...folders.values()], { maxBuffer: 16 * 1024 * 1024, timeout: 400_000 });
  for (const result of JSON.parse(stdout) as PythonResult[]) results.set(result.folder, result);
}, 420_000);

describe('every scaffold runs with Debian’s Python', () => {
  it('covers the ten roadmap projects, Django, and user-added projects', () => {
    expect(projects).toHaveLength(13);
    expect(new Set(projects.map((p) => templateChoiceFor(p).kind))).toEqual(
      new Set(['flask-api', 'scraper', 'flask-chat', 'flask-weather', 'ml-recommender', 'nlp-sentiment', 'nlp-faq', 'django', 'python-cli']),
    );
  });

  it.each(projects.map((p) => [p.id, p] as const))('%s compiles and passes its tests under pytest and unittest', (id) => {
    const result = results.get(folders.get(id)!.split(/[\\/]/).at(-1)!);
    expect(result, `no result for ${id}`).toBeDefined();
    expect(result!.compiled).toBe(true);
    expect(result!.pytest, result!.pytest.output).toMatchObject({ exit: 0, failed: 0 });
    expect(result!.pytest.passed).toBeGreaterThanOrEqual(3);
    // The same tests under unittest: no "Ran 0 tests … OK" false green.
    expect(result!.unittest, result!.unittest.output).toMatchObject({ exit: 0, ok: true, ran: result!.pytest.passed });
  });

  it.each(projects.map((p) => [p.id, p] as const))('%s documents how to run it', async (id) => {
    const readme = await readFile(join(folders.get(id)!, 'README.md'), 'utf8');
    const runIt = readme.split('## Run it')[1]?.split('\n## ')[0] ?? '';
    expect(runIt).toMatch(/python (-m \w+|manage\.py runserver)/);
    const pyproject = await readFile(join(folders.get(id)!, 'pyproject.toml'), 'utf8');
    expect(pyproject).toMatch(/\[project\.optional-dependencies\]\ndev = \["pytest>=7"\]/);
  });

  it.each(projects.filter((p) => templateChoiceFor(p).react).map((p) => [p.id, p] as const))(
    '%s has a React frontend whose files parse and whose packages are real',
    async (id) => {
      expect(await checkFrontend(folders.get(id)!)).toEqual([]);
      expect(await readFile(join(folders.get(id)!, '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
    },
  );
});

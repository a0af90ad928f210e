import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFs } from '../../src/main/core/fs-port';
import { LAYOUT_FILE, STANDALONE_FILES, parseLayout } from '../../src/main/core/scaffold/scaffold-layout';
import { currentLayout, scaffoldProject } from '../../src/main/core/scaffold/scaffold-project';
import { resolveStack } from '../../src/main/core/scaffold/resolve-stack';
import type { ScaffoldProject } from '../../src/main/core/scaffold/template-values';
import { TEMPLATES_DIR, sandbox, tree } from './scaffold-fixtures';
import { allScaffoldProjects } from './scaffold-projects';

/**
 * Creating a folder again after the project changed (steps reworded, a step asking for rate
 * limits or Docker, a weather or expenses wording, the other framework chosen) must never add a
 * file that does not fit the files the learner kept: missing files come back from the layout the
 * folder was made with, exactly as they were first written.
 */
const run = (workspaceDir: string, project: ScaffoldProject) =>
  scaffoldProject(realFs, { templatesDir: TEMPLATES_DIR, workspaceDir, project, today: '2026-03-02' });

const step = (title: string) => ({ title, done: false });
const CHANGES: Array<[string, (p: ScaffoldProject) => ScaffoldProject]> = [
  ['a step asking for rate limiting', (p) => ({ ...p, steps: [...p.steps, step('Add rate limiting to the API.')] })],
  ['a step asking for Docker and Kubernetes', (p) => ({ ...p, steps: [...p.steps, step('Ship it with Docker and Kubernetes.')] })],
  ['weather and expenses wording', (p) => ({ ...p, description: `${p.description} Shows the weather forecast.`, steps: [...p.steps, step('Track expenses per category.')] })],
  ['the other framework, React and WebSocket', (p) => ({ ...p, stack: [...resolveStack([...p.stack, 'Flask', 'Django'], p.stack.includes('Django') ? 'Flask' : 'Django'), 'React', 'WebSocket', 'Plotly'] })],
];
// Files whose text follows the project as it is now (its steps, its stack's packages); every other
// restored file must be byte for byte the first version.
const LIVE = new Set(['README.md', 'pyproject.toml']);

describe('creating a project folder again after the project changed', () => {
  it.each(allScaffoldProjects().map((p) => [p.id, p] as const))('%s: every missing file comes back as first written, whatever changed', async (_id, project) => {
    const { workspace } = await sandbox('layout');
    const first = await run(workspace, project);
    const files = (await tree(first.folder)).filter((p) => !p.endsWith('/'));
    expect(files).toContain(LAYOUT_FILE);
    const original = new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(first.folder, f), 'utf8')] as const)));
    for (const [, change] of CHANGES) {
      for (const f of files) if (f !== LAYOUT_FILE) await rm(join(first.folder, f));
      const again = await run(workspace, change(project));
      const now = (await tree(first.folder)).filter((p) => !p.endsWith('/'));
      expect(now).toEqual(files);
      for (const f of now) if (!LIVE.has(f)) expect(await readFile(join(first.folder, f), 'utf8'), f).toBe(original.get(f));
      expect(again.created.length).toBe(files.length - 1);
    }
  });

  it('says in plain words when the folder keeps a layout the project would no longer get', async () => {
    const { workspace } = await sandbox('layout');
    const [library] = allScaffoldProjects();
    await run(workspace, library!);
    const same = await run(workspace, { ...library!, steps: [...library!.steps, step('Write more tests.')] });
    expect(same.notice).toBeUndefined();
    const changed = await run(workspace, { ...library!, steps: [...library!.steps, step('Add rate limiting to the API.')] });
    expect(changed.notice).toBe(
      'This folder was made as flask-core + store + flask-api (books); missing files were restored in that layout so they fit the code you kept. ' +
        'The project now calls for flask-core + store + flask-api + rate-limit (books): to start from that instead, move or rename the folder and create it again.',
    );
    expect(changed.created).toEqual([]);
  });

  it('restores only the standalone files where the code is there but the layout record is not', async () => {
    const { workspace } = await sandbox('layout');
    const [library] = allScaffoldProjects();
    const first = await run(workspace, library!);
    for (const f of [LAYOUT_FILE, ...STANDALONE_FILES, 'tests/test_library_management_system.py']) await rm(join(first.folder, f));
    const again = await run(workspace, { ...library!, steps: [...library!.steps, step('Add rate limiting to the API.')] });
    expect([...again.created].sort()).toEqual(STANDALONE_FILES.map((f) => `library-management-system/${f}`).sort());
    expect(again.notice).toMatch(/no \.prep-planner\.json saying which template made it, so only \.gitignore and NOTES\.md were restored/);
  });

  it.each([
    ['edited into something else', async (path: string) => writeFile(path, '{"version": 2}')],
    ['a link to a layout elsewhere', async (path: string, other: string) => symlink(other, path)],
  ])('does not trust a layout record %s', async (_name, spoil) => {
    const { workspace, outside } = await sandbox('layout');
    const [library] = allScaffoldProjects();
    const first = await run(workspace, library!);
    const django = { ...library!, stack: resolveStack(['Python', 'Flask', 'Django'], 'Django') };
    await writeFile(join(outside, 'layout.json'), await readFile(join(first.folder, LAYOUT_FILE), 'utf8').then((t) => t.replace('"flask-api"', '"django"')));
    await rm(join(first.folder, LAYOUT_FILE));
    await spoil(join(first.folder, LAYOUT_FILE), join(outside, 'layout.json'));
    await rm(join(first.folder, 'NOTES.md'));
    const again = await run(workspace, django);
    expect(again.created).toEqual(['library-management-system/NOTES.md']);
  });

  it('reads back what it records, and refuses records it did not write', async () => {
    const [library] = allScaffoldProjects();
    const layout = currentLayout(library!);
    const { workspace } = await sandbox('layout');
    const first = await run(workspace, library!);
    expect(parseLayout(await readFile(join(first.folder, LAYOUT_FILE), 'utf8'))).toEqual(layout);
    for (const bad of ['', 'null', '[]', '{"version":1,"template":{}}', JSON.stringify({ version: 1, template: { ...layout.choice, domain: 'spaceships' } })]) {
      expect(parseLayout(bad), bad).toBeNull();
    }
  });
});

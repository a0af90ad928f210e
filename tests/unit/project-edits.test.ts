import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldProjectFrom } from '../../src/main/core/scaffold/project-info';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { checkBackupText } from '../../src/main/core/restore';
import { serializePlan } from '../../src/main/core/plan-file';
import { applyBoardChange, type BoardChange } from '../../src/shared/domain/board-change';
import { learnerProject } from '../../src/shared/domain/learner-project';
import { editProjectText, projectTextProblem } from '../../src/shared/domain/project-text';
import { renderHtml } from '../../src/shared/export/html';
import { renderMarkdown } from '../../src/shared/export/markdown';
import { buildPortfolioModel } from '../../src/shared/export/portfolio-model';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';
import { PROJECT_TEXT_LIMITS } from '../../src/shared/plan-limits';
import { curriculum } from './export-fixture';

const LIBRARY = 'library-management-system';
const library = curriculum.projects.find((p) => p.id === LIBRARY)!;

/** Real services on a temp folder, through dispatch (zod validation) as over IPC. */
async function services() {
  const s = await startTestServices({ prefix: 'project-edits' });
  const apply = async (channel: string, payload: unknown) => {
    const before = s.store.plan;
    const reply = await s.call(channel, payload);
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    // The renderer rebuilds main's plan from the reply alone.
    const merged = applyBoardChange(before, reply.data as BoardChange);
    expect({ board: merged.board, projects: merged.projects, steps: merged.steps }).toEqual({ board: s.store.plan.board, projects: s.store.plan.projects, steps: s.store.plan.steps });
    return s.store.plan;
  };
  const saved = async () => JSON.parse(await readFile(join(s.dataDir, PLAN_FILE), 'utf8')) as Plan;
  return { ...s, apply, saved };
}

const exportsOf = (plan: Plan) => {
  const model = buildPortfolioModel(curriculum, PlanSchema.parse(plan), { includeInProgress: true, includeProgress: false, includeNotes: false }, '2026-03-02');
  return { model, md: renderMarkdown(model), html: renderHtml(model) };
};

describe('project words: the rule (domain/project-text.ts)', () => {
  it('keeps only what differs from the roadmap, trimmed; the roadmap\'s own words go back to following it', () => {
    expect(editProjectText(library, {}, { name: '  Books for my street  ' })).toEqual({ name: 'Books for my street' });
    expect(editProjectText(library, { name: 'Mine' }, { name: library.name })).toEqual({});
    expect(editProjectText(library, { stack: 'Python, Django' }, { description: 'Lending books `with` care' })).toEqual({ stack: 'Python, Django', description: 'Lending books `with` care' });
    expect(editProjectText(null, {}, { name: 'Garden log', description: '', stack: 'Python' })).toEqual({ name: 'Garden log', description: '', stack: 'Python' });
  });

  it('says what is wrong in plain words', () => {
    expect(projectTextProblem('name', '   ')).toBe('Give the project a name.');
    expect(projectTextProblem('name', 'x'.repeat(121))).toBe('The name can be at most 120 characters (it has 121).');
    expect(projectTextProblem('stack', 'x'.repeat(301))).toBe('The stack can be at most 300 characters (it has 301).');
    expect(projectTextProblem('description', '')).toBeNull();
  });

  it('the learner project reads their words over the roadmap\'s, and its stack alternatives from their stack', () => {
    const mine = learnerProject(library, { text: { name: 'Street library', stack: 'Python, FastAPI/Litestar, PostgreSQL' }, stackChoices: {} });
    expect(mine).toMatchObject({ name: 'Street library', description: library.description, chips: ['Python', 'FastAPI / Litestar', 'PostgreSQL'], resolved: ['Python', 'FastAPI', 'PostgreSQL'], edited: true, custom: false });
    expect(learnerProject(library, { text: {} }).edited).toBe(false);
  });
});

describe('editable projects through the IPC contract (main)', () => {
  it('edits name, description and stack; saves them; board, portfolio, exports and scaffold show the learner\'s words', async () => {
    const { apply, saved, store } = await services();
    const description = 'Lend `books` to neighbours | with <care> & 📚 — كتب';
    let plan = await apply('board:update-project', { projectId: LIBRARY, patch: { name: ' Street Library ', description, stack: 'Python, FastAPI, PostgreSQL' } });
    expect(plan.projects[LIBRARY]!.text).toEqual({ name: 'Street Library', description, stack: 'Python, FastAPI, PostgreSQL' });
    expect((await saved()).projects[LIBRARY]!.text).toEqual(plan.projects[LIBRARY]!.text);

    plan = await apply('board:move-project', { projectId: LIBRARY, toColumn: 'done', toIndex: 0 });
    const { model, md, html } = exportsOf(plan);
    expect(model.projects.find((p) => p.id === LIBRARY)).toMatchObject({ name: 'Street Library', description, stack: ['Python', 'FastAPI', 'PostgreSQL'] });
    expect(md).toContain('### Street Library');
    expect(md).toContain('Lend \\`books\\` to neighbours \\| with \\<care\\> & 📚 — كتب');
    expect(md).toContain('- **Stack:** Python, FastAPI, PostgreSQL');
    expect(html).toContain('<h3>Street Library</h3>');
    expect(html).toContain('<p>Lend `books` to neighbours | with &lt;care&gt; &amp; 📚 — كتب</p>');
    expect(md).not.toContain(library.name);
    expect(scaffoldProjectFrom(curriculum, store.plan, LIBRARY)).toMatchObject({ name: 'Street Library', description, stack: ['Python', 'FastAPI', 'PostgreSQL'] });
  });

  it('resets to the roadmap\'s text, keeping notes, dates and stack choices', async () => {
    const { apply } = await services();
    await apply('board:update-project', { projectId: LIBRARY, patch: { stackChoices: { 'Flask/Django': 'Django' }, notes: 'mine' } });
    await apply('board:update-project', { projectId: LIBRARY, patch: { name: 'Street Library', description: 'Mine' } });
    const plan = await apply('board:reset-project-text', { projectId: LIBRARY });
    expect(plan.projects[LIBRARY]).toMatchObject({ text: {}, notes: 'mine', stackChoices: { 'Flask/Django': 'Django' } });
    expect(learnerProject(library, plan.projects[LIBRARY])).toMatchObject({ name: library.name, description: library.description, chips: ['Python', 'Django', 'SQLite'] });
  });

  it('refuses bad input with plain words and changes nothing on disk', async () => {
    const { call, saved, store } = await services();
    const before = JSON.stringify(await saved());
    const writes = store.diskWrites;
    const cases: Array<[string, unknown, string]> = [
      ['board:update-project', { projectId: LIBRARY, patch: { name: '   ' } }, 'Give the project a name.'],
      ['board:update-project', { projectId: LIBRARY, patch: { stack: 'x'.repeat(301) } }, 'The stack can be at most 300 characters (it has 301).'],
      // The limit's one source (plan-limits.ts; raised from 2,000 in audit s6, fault 4).
      ['board:update-project', { projectId: LIBRARY, patch: { description: 'd'.repeat(PROJECT_TEXT_LIMITS.description + 1) } }, 'The description can be at most 10,000 characters (it has 10,001).'],
      ['board:add-project', { name: '' }, 'Give the project a name.'],
      ['board:remove-project', { projectId: LIBRARY }, 'Projects from the roadmap cannot be removed; move it to a column you do not use, or archive its steps.'],
      ['board:reset-project-text', { projectId: 'no-such-project' }, 'There is no project no-such-project.'],
      ['board:update-project', { projectId: LIBRARY, patch: { stackChoices: { 'Flask/Django': 'Rails' } } }, 'For "Flask/Django" choose one of Flask, Django.'],
      ['board:update-project', { projectId: LIBRARY, patch: { name: ' job scraper ' } }, 'Another project is already called "Job Scraper"; give this one a name of its own.'],
      ['board:add-project', { name: 'Library Management System' }, 'Another project is already called "Library Management System"; give this one a name of its own.'],
    ];
    for (const [channel, payload, message] of cases) {
      const reply = await call(channel, payload);
      expect(reply).toMatchObject({ ok: false, error: { message } });
    }
    expect(store.diskWrites).toBe(writes);
    expect(JSON.stringify(await saved())).toBe(before);
  });

  it('adds a project of the learner\'s own (an 11th card with its steps) and removes it again', async () => {
    const { apply, call, saved, store } = await services();
    let plan = await apply('board:add-project', { name: 'Garden log', description: 'Track what grows', stack: 'Python, Flask/Django, SQLite', steps: ['Sketch the data', 'Build the forms'] });
    const id = Object.keys(plan.projects).find((p) => plan.projects[p]!.custom)!;
    expect(Object.keys(plan.projects)).toHaveLength(11);
    expect(plan.board.projects['backlog']).toContain(id);
    const steps = Object.values(plan.steps).filter((s) => s.projectId === id);
    expect(steps.map((s) => s.title)).toEqual(['Sketch the data', 'Build the forms']);
    expect(plan.board.steps[id]!['backlog']).toEqual(steps.map((s) => s.id));
    expect((await saved()).projects[id]).toMatchObject({ custom: true, text: { name: 'Garden log' } });
    // Its own stack asks its own question, and its words are editable like any project's.
    plan = await apply('board:update-project', { projectId: id, patch: { stackChoices: { 'Flask/Django': 'Django' }, name: 'Garden journal' } });
    expect(learnerProject(undefined, plan.projects[id], id)).toMatchObject({ name: 'Garden journal', chips: ['Python', 'Django', 'SQLite'], custom: true });
    expect(scaffoldProjectFrom(curriculum, plan, id)).toMatchObject({ name: 'Garden journal', stack: ['Python', 'Django', 'SQLite'], steps: [{ title: 'Sketch the data', done: false }, { title: 'Build the forms', done: false }] });
    // A backup with it restores (it is the learner's, not an unknown roadmap project).
    expect(checkBackupText(serializePlan(plan), curriculum)).toMatchObject({ ok: true });
    expect((await call('board:reset-project-text', { projectId: id })).ok).toBe(false);

    plan = await apply('board:move-project', { projectId: id, toColumn: 'done', toIndex: 0 });
    expect(exportsOf(plan).md).toContain('### Garden journal');
    expect(exportsOf(plan).model.counts.total).toBe(11);

    plan = await apply('board:remove-project', { projectId: id });
    expect(Object.keys(plan.projects)).toHaveLength(10);
    expect(Object.values(plan.steps).some((s) => s.projectId === id)).toBe(false);
    expect(plan.board.steps[id]).toBeUndefined();
    expect(Object.values(plan.board.projects).flat()).not.toContain(id);
    expect(Object.keys((await saved()).projects)).toHaveLength(10);
    expect(store.plan.projects[id]).toBeUndefined();
  });

  it('a plan saved before these fields reads with the roadmap\'s words (additive defaults)', () => {
    const old = JSON.parse(JSON.stringify(createDefaultPlan(curriculum, '2026-03-02'))) as Record<string, unknown> & { projects: Record<string, Record<string, unknown>> };
    for (const progress of Object.values(old.projects)) {
      delete progress.text;
      delete progress.custom;
    }
    const plan = PlanSchema.parse(old);
    expect(plan.projects[LIBRARY]).toMatchObject({ text: {}, custom: false });
    expect(learnerProject(library, plan.projects[LIBRARY]).name).toBe(library.name);
  });
});

import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { scaffoldProjectFrom } from '../../src/main/core/scaffold/project-info';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { learnerProject } from '../../src/shared/domain/learner-project';
import { choiceQuestion, openChoices, resolvedStack, stackChips, stackItems } from '../../src/shared/domain/project-stack';
import { renderHtml } from '../../src/shared/export/html';
import { renderMarkdown } from '../../src/shared/export/markdown';
import { buildPortfolioModel } from '../../src/shared/export/portfolio-model';
import { startTestServices } from '../support/test-services';

const curriculum = loadCurriculum();
const LIBRARY = 'library-management-system';

describe('stack alternatives are a choice (issue 15)', () => {
  it('reads "Python, Flask/Django, SQLite" as three items, one of them a choice', () => {
    const items = stackItems('Python, Flask/Django, SQLite');
    expect(items.map((i) => [i.key, i.options, i.chosen])).toEqual([
      ['Python', ['Python'], 'Python'],
      ['Flask/Django', ['Flask', 'Django'], null],
      ['SQLite', ['SQLite'], 'SQLite'],
    ]);
    expect(openChoices(items).map((i) => choiceQuestion(i))).toEqual(['Flask or Django?']);
    expect(choiceQuestion(stackItems('A/B/C')[0]!)).toBe('A, B or C?');
  });

  it('until chosen, chips show "Flask / Django" as one alternative and the scaffold takes Flask; never both', () => {
    const items = stackItems('Python, Flask/Django, SQLite');
    expect(stackChips(items)).toEqual(['Python', 'Flask / Django', 'SQLite']);
    expect(resolvedStack(items)).toEqual(['Python', 'Flask', 'SQLite']);
  });

  it('the choice flows into chips and the resolved stack; a choice that is not an option is ignored', () => {
    const chosen = stackItems('Python, Flask/Django, SQLite', { 'Flask/Django': 'Django' });
    expect(stackChips(chosen)).toEqual(['Python', 'Django', 'SQLite']);
    expect(resolvedStack(chosen)).toEqual(['Python', 'Django', 'SQLite']);
    expect(stackChips(stackItems('Flask/Django', { 'Flask/Django': 'Rails' }))).toEqual(['Flask / Django']);
    expect(stackChips(stackItems('Flask/Django', { __proto__: 'Django' } as Record<string, string>))).toEqual(['Flask / Django']);
  });

  it('the choice flows into the portfolio (Markdown and HTML) and the scaffold', () => {
    const plan = createDefaultPlan(curriculum, '2026-03-02');
    plan.board.projects.backlog = plan.board.projects.backlog!.filter((id) => id !== LIBRARY);
    plan.board.projects.done!.push(LIBRARY);
    const options = { includeInProgress: true, includeProgress: false, includeNotes: false };
    const before = buildPortfolioModel(curriculum, plan, options, '2026-03-02').projects[0]!;
    expect(before.stack).toEqual(['Python', 'Flask / Django', 'SQLite']);
    expect(scaffoldProjectFrom(curriculum, plan, LIBRARY)).toMatchObject({ stack: ['Python', 'Flask', 'SQLite'], stackText: 'Python, Flask, SQLite' });

    plan.projects[LIBRARY]!.stackChoices = { 'Flask/Django': 'Django' };
    const model = buildPortfolioModel(curriculum, plan, options, '2026-03-02');
    expect(model.projects[0]!.stack).toEqual(['Python', 'Django', 'SQLite']);
    expect(renderMarkdown(model)).toContain('**Stack:** Python, Django, SQLite');
    expect(renderHtml(model)).toContain('<li>Python</li><li>Django</li><li>SQLite</li>');
    expect(renderHtml(model)).not.toContain('<li>Flask</li>');
    expect(scaffoldProjectFrom(curriculum, plan, LIBRARY)).toMatchObject({ stack: ['Python', 'Django', 'SQLite'], stackText: 'Python, Django, SQLite' });
    // The board filter still finds the project by either alternative.
    expect(learnerProject(curriculum.projects[0]!, plan.projects[LIBRARY]).tags).toEqual(expect.arrayContaining(['Flask', 'Django']));
  });

  it('main stores a valid choice and refuses one the roadmap does not offer, in plain words', async () => {
    const s = await startTestServices({ prefix: 'stack-choice' });
    const ok = await s.call('board:update-project', { projectId: LIBRARY, patch: { stackChoices: { 'Flask/Django': 'Django' } } });
    expect(ok.ok).toBe(true);
    expect(s.store.plan.projects[LIBRARY]!.stackChoices).toEqual({ 'Flask/Django': 'Django' });
    const wrong = await s.call('board:update-project', { projectId: LIBRARY, patch: { stackChoices: { 'Flask/Django': 'Rails' } } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'For "Flask/Django" choose one of Flask, Django.' } });
    const none = await s.call('board:update-project', { projectId: 'job-scraper', patch: { stackChoices: { MongoDB: 'MongoDB' } } });
    expect(none).toMatchObject({ ok: false, error: { message: 'Job Scraper has no choice "MongoDB" in its stack.' } });
    expect(s.store.plan.projects[LIBRARY]!.stackChoices).toEqual({ 'Flask/Django': 'Django' });
  });
});

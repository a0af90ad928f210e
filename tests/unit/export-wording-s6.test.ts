import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/shared/export/html';
import { renderMarkdown } from '../../src/shared/export/markdown';
import { buildPortfolioModel } from '../../src/shared/export/portfolio-model';
import { DEFAULT_COLUMNS } from '../../src/shared/default-plan';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { curriculum, fixturePlan, TODAY } from './export-fixture';

const render = (plan: Plan) => {
  const model = buildPortfolioModel(curriculum, PlanSchema.parse(plan), plan.settings.portfolio, TODAY);
  return { model, md: renderMarkdown(model), html: renderHtml(model) };
};

const ID = 'movie-recommendation-system';
const NAME = 'Movie Recommendation System';

function withProjectIn(column: string): Plan {
  const plan = fixturePlan();
  for (const ids of Object.values(plan.board.projects)) {
    const i = ids.indexOf(ID);
    if (i >= 0) ids.splice(i, 1);
  }
  plan.board.projects[column]!.push(ID);
  return plan;
}

/** The text of one project's Markdown block, from its heading to the next. */
const mdBlock = (md: string) => md.slice(md.indexOf(`### ${NAME}`), md.indexOf('###', md.indexOf(`### ${NAME}`) + 4));
const htmlBlock = (html: string) => html.slice(html.indexOf(`aria-label="${NAME}"`), html.indexOf('</article>', html.indexOf(`aria-label="${NAME}"`)));

describe('audit s6 fault 13: export wording', () => {
  it('every column: the badge says what the column is (Review → "In review"); to-do columns are not exported', () => {
    const expected: Record<string, string | null> = { backlog: null, 'up-next': null, 'in-progress': 'In progress', review: 'In review', done: 'Done' };
    expect(DEFAULT_COLUMNS.map((c) => c.id).sort()).toEqual(Object.keys(expected).sort());
    for (const column of DEFAULT_COLUMNS) {
      const { md, html } = render(withProjectIn(column.id));
      const label = expected[column.id];
      if (label === null) {
        expect(md, column.title).not.toContain(`### ${NAME}`);
        expect(html, column.title).not.toContain(`aria-label="${NAME}"`);
        continue;
      }
      expect(mdBlock(md), column.title).toContain(`- **Status:** ${label}`);
      expect(htmlBlock(html), column.title).toContain(`<span class="badge${column.id === 'done' ? ' done' : ''}">${label}</span>`);
    }
  });

  it('the summary line uses the badges\' words: "2 in progress" became "1 in progress, 1 in review"', () => {
    const { md, html } = render(fixturePlan());
    expect(md).toContain('2 of 10 portfolio projects finished, 1 in progress, 1 in review.');
    expect(html).toContain('<p class="summary">2 of 10 portfolio projects finished, 1 in progress, 1 in review.</p>');
  });

  it('"Tasks done: N of M", counted as goals are', () => {
    const plan = fixturePlan();
    plan.weeks[0]!.tasksDone = plan.weeks[0]!.tasksDone.map(() => '2026-01-08');
    const { model, md, html } = render(plan);
    const done = plan.weeks.reduce((n, w) => n + w.tasksDone.filter(Boolean).length, 0);
    const total = curriculum.weeks.reduce((n, w) => n + w.tasks.length, 0);
    expect(total).toBe(37);
    expect(model.progress).toMatchObject({ tasksDone: done, tasksTotal: 37 });
    expect(md).toContain(`- **Tasks done:** ${done} of 37`);
    expect(html).toContain(`<dt>Tasks done</dt><dd>${done} of 37</dd>`);
  });

  it('no steps done is a plain field ("Steps done: 0 of 3"), never a bold heading over nothing', () => {
    const { md, html } = render(withProjectIn('in-progress'));
    expect(mdBlock(md)).toContain('- **Steps done:** 0 of 3\n');
    expect(md).not.toMatch(/\*\*Steps done \(/);
    expect(htmlBlock(html)).toContain('<p class="field"><span class="label">Steps done:</span> 0 of 3</p>');
  });
});

import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/main/core/migrations';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { renderHtml } from '../../src/shared/export/html';
import { renderMarkdown } from '../../src/shared/export/markdown';
import { buildPortfolioModel } from '../../src/shared/export/portfolio-model';
import { summarizeProgress } from '../../src/shared/domain/pacing';
import { curriculum, fixturePlan, TODAY } from './export-fixture';

describe('roadmap progress is private by default in exports (issue 15)', () => {
  it('a new plan leaves the progress section out', () => {
    const plan = createDefaultPlan(curriculum, TODAY);
    expect(plan.settings.portfolio.includeProgress).toBe(false);
    expect(buildPortfolioModel(curriculum, plan, plan.settings.portfolio, TODAY).progress).toBeNull();
  });

  it('a format-1 plan that published progress (the old default) is switched to private once', () => {
    const old = { version: 1, settings: { startDate: null, portfolio: { includeInProgress: false, includeProgress: true, includeNotes: true } } };
    expect(MIGRATIONS[1]!(old)).toEqual({ version: 2, settings: { startDate: null, portfolio: { includeInProgress: false, includeProgress: false, includeNotes: true } } });
  });

  it('when on, it shows what was learned and never the pace: a learner 80 days behind reads no "behind"', () => {
    const plan = fixturePlan();
    expect(summarizeProgress(curriculum, plan, TODAY).status).toBe('behind');
    const model = buildPortfolioModel(curriculum, plan, { ...plan.settings.portfolio, includeProgress: true }, TODAY);
    expect(model.progress).toEqual({
      weeksDone: 4,
      weeksTotal: 26,
      goalsDone: 8,
      goalsTotal: 72,
      goalPercent: 11,
      tasksDone: 0,
      tasksTotal: 37,
      currentWeek: { number: 5, focus: curriculum.weeks[4]!.focus },
    });
    for (const text of [renderMarkdown(model), renderHtml(model)]) {
      expect(text).toContain('Roadmap progress');
      expect(text).toContain('Learning now');
      expect(text).not.toMatch(/behind|ahead of plan|forecast finish|\bpace\b|on track/i);
    }
  });
});

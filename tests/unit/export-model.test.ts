import { describe, expect, it } from 'vitest';
import { buildPortfolioModel } from '../../src/shared/export/portfolio-model';
import { curriculum, fixturePlan, TODAY } from './export-fixture';

const all = { includeInProgress: true, includeProgress: true, includeNotes: true };

describe('portfolio model', () => {
  it('lists done projects first, then review and in-progress ones, with their steps done and dates', () => {
    const model = buildPortfolioModel(curriculum, fixturePlan(), all, TODAY);
    expect(model.projects.map((p) => [p.id, p.status])).toEqual([
      ['library-management-system', 'done'],
      ['job-scraper', 'done'],
      ['chat-application', 'in-progress'],
      ['weather-forecast-api', 'in-progress'],
    ]);
    const library = model.projects[0]!;
    expect(library.stepsDone).toEqual(curriculum.projects[0]!.steps);
    expect(library).toMatchObject({ stepsTotal: 3, startedOn: '2026-02-02', finishedOn: '2026-03-01', repoUrl: 'https://github.com/ada-example/library' });
    const weather = model.projects[3]!;
    expect(weather.stepsDone).toEqual(['Use OpenWeather API for data.']);
    expect(weather.finishedOn).toBeNull();
    // An archived step no longer counts towards the total.
    expect(model.projects[2]!.stepsTotal).toBe(2);
    expect(model.counts).toEqual({ done: 2, inProgress: 2, total: 10, stages: { doing: 1, review: 1 } });
  });

  it('leaves out in-progress projects, notes and the progress section when asked', () => {
    const model = buildPortfolioModel(curriculum, fixturePlan(), { includeInProgress: false, includeProgress: false, includeNotes: false }, TODAY);
    expect(model.projects.map((p) => p.id)).toEqual(['library-management-system', 'job-scraper']);
    expect(model.projects.every((p) => p.notes === null)).toBe(true);
    expect(model.progress).toBeNull();
  });

  it('keeps notes only when they have content', () => {
    const model = buildPortfolioModel(curriculum, fixturePlan(), all, TODAY);
    expect(model.projects[0]!.notes).toBe('Used Flask blueprints.\nRole checks live in one decorator.');
    expect(model.projects[1]!.notes).toBeNull();
  });

  it('treats a custom done column by its role, not its id', () => {
    const plan = fixturePlan();
    plan.board.columns.push({ id: 'shipped', title: 'Shipped', role: 'done', wipLimit: null });
    plan.board.projects['shipped'] = ['ai-chatbot'];
    plan.board.projects['backlog'] = plan.board.projects['backlog']!.filter((id) => id !== 'ai-chatbot');
    const model = buildPortfolioModel(curriculum, plan, all, TODAY);
    expect(model.projects.find((p) => p.id === 'ai-chatbot')?.status).toBe('done');
  });

  it('summarises roadmap progress and gathers skills from completed weeks only', () => {
    const model = buildPortfolioModel(curriculum, fixturePlan(), all, TODAY);
    expect(model.progress).toMatchObject({ weeksDone: 4, weeksTotal: 26, goalsDone: 8, goalsTotal: 72, goalPercent: 11, currentWeek: { number: 5 } });
    expect(model.skills.map((s) => s.week)).toEqual([1, 2, 4]);
    // Week 4 had one goal left unticked: only the ticked one counts as a skill.
    expect(model.skills[2]!.goals).toEqual([curriculum.weeks[3]!.goals[0]]);
    expect(model.skills[0]!.goals).toEqual(curriculum.weeks[0]!.goals);
  });

  it('drops profile links and repository URLs that are not plain http(s)', () => {
    const plan = fixturePlan();
    // Bypasses the schema on purpose: an export must stay safe even if bad data got in.
    plan.settings.profile.links.push({ label: 'x', url: 'javascript:alert(1)' }, { label: 'y', url: 'https://u:p@example.com/' });
    plan.projects['job-scraper']!.repoUrl = 'data:text/html,hi';
    const model = buildPortfolioModel(curriculum, plan, all, TODAY);
    expect(model.links.map((l) => l.label)).toEqual(['GitHub', 'LinkedIn']);
    expect(model.projects[1]!.repoUrl).toBeNull();
  });
});

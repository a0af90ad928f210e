import { describe, expect, it } from 'vitest';
import { scaffoldProjectFrom } from '../../src/main/core/scaffold/project-info';
import { startTestServices } from '../support/test-services';

/**
 * Review of issue 15 (session 2): "Week ↔ project links come from one rule" (a project fits every
 * week that teaches a technology of its stack, curriculum/week-project-links.json). The rule is
 * applied only to the roadmap's own stack text: a project the learner adds with their own stack,
 * or a roadmap project whose stack they edit, keeps the links of the roadmap's stack (or none),
 * so the card details and the scaffold's README name the wrong weeks.
 */
describe('week links follow the learner\'s stack by the one rule (review of issue 15)', () => {
  it('a project of the learner\'s own with "Python, Flask" fits the Flask weeks 9, 16, 17', async () => {
    const s = await startTestServices({ prefix: 'review15-links' });
    const reply = await s.call('board:add-project', { name: 'Garden log', description: 'Plants I water', stack: 'Python, Flask', steps: ['Plan'] });
    expect(reply.ok).toBe(true);
    const id = Object.keys(s.store.plan.projects).find((k) => s.store.plan.projects[k]!.custom)!;
    // Observed: [] (the scaffold README says "(not linked to a week)").
    expect(scaffoldProjectFrom(s.curriculum, s.store.plan, id).weeks.map((w) => w.number)).toEqual([9, 16, 17]);
  });

  it('a roadmap project whose stack the learner rewrites to "Python, Django, SQLite" no longer fits week 9 "Flask Basics"', async () => {
    const s = await startTestServices({ prefix: 'review15-links' });
    const reply = await s.call('board:update-project', { projectId: 'library-management-system', patch: { stack: 'Python, Django, SQLite' } });
    expect(reply.ok).toBe(true);
    // By the rule: Django → 10, 16, 17; SQLite → 8. Observed: [8, 9, 10, 16, 17] (Flask's week 9 kept).
    expect(scaffoldProjectFrom(s.curriculum, s.store.plan, 'library-management-system').weeks.map((w) => w.number)).toEqual([8, 10, 16, 17]);
  });
});

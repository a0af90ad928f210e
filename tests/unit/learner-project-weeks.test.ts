import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { learnerProject } from '../../src/shared/domain/learner-project';

/** Issue 15 (review s2, F1): a project's weeks follow the learner's stack by the one rule. */
describe('learnerProject weeks come from the learner\'s stack by curriculum/week-project-links.json', () => {
  const curriculum = loadCurriculum();
  const links = curriculum.weekLinks;

  it('the built-in curriculum carries the rule', () => {
    expect(links?.teaches.Flask).toEqual([9, 16, 17]);
  });

  it('an unchanged roadmap stack gives the weeks the loader set, for every project', () => {
    for (const p of curriculum.projects) expect(learnerProject(p, {}, p.id, links).weeks, p.id).toEqual(p.weeks);
  });

  it('a stack the learner writes is linked by the rule; not-taught and unknown technologies add none', () => {
    const own = (stack: string) => learnerProject(undefined, { custom: true, text: { stack } }, 'own-x', links).weeks;
    expect(own('Python, Flask')).toEqual([9, 16, 17]);
    expect(own('Django/Flask, SQLite')).toEqual([8, 9, 10, 16, 17]);
    expect(own('Flask-SocketIO, MongoDB')).toEqual([9, 16]);
    expect(own('Python, Rust')).toEqual([]);
    const library = curriculum.projects.find((p) => p.id === 'library-management-system')!;
    expect(learnerProject(library, { text: { stack: 'Python, Django, SQLite' } }, library.id, links).weeks).toEqual([8, 10, 16, 17]);
  });

  it('without a rule (an imported roadmap) the roadmap\'s own list stays, and an own project has none', () => {
    const library = curriculum.projects.find((p) => p.id === 'library-management-system')!;
    expect(learnerProject(library, { text: { stack: 'Python, Django' } }).weeks).toEqual(library.weeks);
    expect(learnerProject(undefined, { custom: true, text: { stack: 'Python, Flask' } }, 'own-x').weeks).toEqual([]);
  });
});

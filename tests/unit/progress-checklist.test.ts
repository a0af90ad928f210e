import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { renderProgressChecklist } from '../../src/shared/export/progress-checklist';
import { importRoadmapMarkdown } from '../../src/shared/import/import-roadmap';
import type { Plan } from '../../src/shared/plan-schema';

const curriculum = loadCurriculum();
const TODAY = '2026-03-25';

function planWithProgress(): Plan {
  const plan = createDefaultPlan(curriculum, '2026-02-20');
  plan.settings.startDate = '2026-03-02';
  Object.assign(plan.weeks[0]!, { status: 'done', startedOn: '2026-03-02', completedOn: '2026-03-07', goalsDone: ['2026-03-03', '2026-03-05', '2026-03-07'] });
  Object.assign(plan.weeks[1]!, { status: 'done', startedOn: '2026-03-09', completedOn: '2026-03-15', goalsDone: ['2026-03-10', '2026-03-15', '2026-03-15'] });
  Object.assign(plan.weeks[2]!, { status: 'in-progress', startedOn: '2026-03-16', goalsDone: [null, '2026-03-18'] });
  Object.assign(plan.weeks[3]!, { status: 'skipped', completedOn: '2026-03-20' });
  return plan;
}

function reimport(markdown: string, today = TODAY) {
  const result = importRoadmapMarkdown(markdown, { today });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('roadmap with progress as a Markdown checklist', () => {
  const plan = planWithProgress();
  const markdown = renderProgressChecklist(curriculum, plan, TODAY);

  it('is a GitHub checklist per week with the days goals were done', () => {
    expect(markdown).toContain('> Progress on 2026-03-25: 7 of 72 goals ticked, 2 of 26 weeks done.');
    expect(markdown).toContain(
      [
        '## Week 1 — Python Basics',
        '',
        'Status: done · started 2026-03-02 · finished 2026-03-07 · planned 2026-03-02 to 2026-03-08',
        '',
        'Goals:',
        '',
        '- [x] Learn syntax, variables, data types, and operators. (done 2026-03-03)',
        '- [x] Understand conditionals and loops. (done 2026-03-05)',
        '- [x] Practice basic I/O operations. (done 2026-03-07)',
        '',
        'Tasks:',
        '',
        '- [x] Solve simple problems on [HackerRank](https://www.hackerrank.com/domains/tutorials/10-days-of-python).',
      ].join('\n'),
    );
    expect(markdown).toContain('- [ ] Understand lists, tuples, sets, and dictionaries.\n- [x] Learn list comprehensions and lambda functions. (done 2026-03-18)');
    expect(markdown).toContain('## Week 4 — File Handling and Exceptions\n\nStatus: skipped · finished 2026-03-20\n');
    expect(markdown).toContain('- [ ] Explore exception handling with `try`, `except`, and `finally`.');
  });

  it('re-imports to the same roadmap and the same progress', () => {
    const { roadmap, progress, report } = reimport(markdown);
    expect(report.format).toBe('checklist');
    expect([roadmap.title, roadmap.subtitle, roadmap.source]).toEqual([curriculum.title, curriculum.subtitle, curriculum.source]);
    expect(roadmap.weeks.map(({ number, focus, goals, tasks }) => ({ number, focus, goals, tasks }))).toEqual(curriculum.weeks);
    expect(roadmap.weeks.every((w, i) => w.span.unit === 'week' && w.span.from === i + 1 && w.lengthWeeks === 1)).toBe(true);
    expect(roadmap.projects).toEqual(curriculum.projects);
    expect(roadmap.notes).toEqual(curriculum.notes);
    expect(progress!.weeks).toEqual(plan.weeks.map(({ status, startedOn, completedOn, goalsDone }) => ({ status, startedOn, completedOn, goalsDone })));
  });

  it('writes the same text again from what it re-imported (a fixed point)', () => {
    const { roadmap, progress } = reimport(markdown);
    const again = structuredClone(plan);
    progress!.weeks.forEach((w, i) => Object.assign(again.weeks[i]!, w));
    expect(renderProgressChecklist(roadmap, again, TODAY)).toBe(markdown);
  });

  it('keeps day ranges and a roadmap without projects through the round trip', () => {
    for (const name of ['ml-30-days.md', 'dsa-plan.md']) {
      const original = reimport(readFileSync(new URL(`./import-fixtures/${name}`, import.meta.url), 'utf8'));
      const fresh = createDefaultPlan({ ...curriculum, weeks: original.roadmap.weeks, projects: [] } as never, '2026-02-20');
      const text = renderProgressChecklist(original.roadmap, fresh, TODAY);
      const back = reimport(text);
      expect(back.roadmap).toEqual(original.roadmap);
    }
    const ml = renderProgressChecklist(reimport(readFileSync(new URL('./import-fixtures/ml-30-days.md', import.meta.url), 'utf8')).roadmap, createDefaultPlan(curriculum, '2026-02-20'), TODAY);
    expect(ml).toContain('## Day 1–3 — NumPy & Pandas');
  });

  it('counts a box ticked by hand without a day as done today, and refuses a week without goals', () => {
    const edited = markdown.replace('- [ ] Understand lists, tuples, sets, and dictionaries.', '- [x] Understand lists, tuples, sets, and dictionaries.');
    expect(reimport(edited, '2026-03-26').progress!.weeks[2]!.goalsDone).toEqual(['2026-03-26', '2026-03-18']);
    const broken = markdown.replace(/## Week 5 — Object-Oriented Programming \(OOP\)[\s\S]*?Tasks:/, '## Week 5 — Object-Oriented Programming (OOP)\n\nTasks:');
    const result = importRoadmapMarkdown(broken, { today: TODAY });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Checklist, "Week 5" \(line \d+\): there is no "Goals:" list, or it is empty\.$/) } });
  });
});

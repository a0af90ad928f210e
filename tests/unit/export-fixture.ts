import { loadCurriculum } from '../../src/main/core/curriculum';
import { builtinStepId, createDefaultPlan } from '../../src/shared/default-plan';
import type { Plan } from '../../src/shared/plan-schema';

export const curriculum = loadCurriculum();
export const TODAY = '2026-04-20';

/** Moves a card between cells of one board (projects) or one lane (steps). */
function move(cells: Record<string, string[]>, id: string, to: string) {
  for (const ids of Object.values(cells)) {
    const i = ids.indexOf(id);
    if (i >= 0) ids.splice(i, 1);
  }
  cells[to]!.push(id);
}

/**
 * A fixed, realistic plan: two projects done, one in review, one in progress, three weeks done
 * and one skipped, a profile with links, notes and repository URLs.
 */
export function fixturePlan(): Plan {
  const plan = createDefaultPlan(curriculum, '2026-01-05');
  plan.settings.startDate = '2026-01-05';
  plan.settings.onboarded = true;
  plan.settings.profile = {
    name: 'Ada Lovelace',
    headline: 'Python developer in training — data & web',
    links: [
      { label: 'GitHub', url: 'https://github.com/ada-example' },
      { label: 'LinkedIn', url: 'https://www.linkedin.com/in/ada-example/' },
    ],
  };
  plan.settings.portfolio = { includeInProgress: true, includeProgress: true, includeNotes: true };
  const board = plan.board;
  const finish = (id: string, started: string, finished: string, repo: string) => {
    move(board.projects, id, 'done');
    Object.assign(plan.projects[id]!, { startedOn: started, finishedOn: finished, repoUrl: repo });
    for (let i = 0; i < 3; i++) move(board.steps[id]!, builtinStepId(id, i), 'done');
  };
  finish('library-management-system', '2026-02-02', '2026-03-01', 'https://github.com/ada-example/library');
  finish('job-scraper', '2026-03-02', '2026-03-20', '');
  plan.projects['library-management-system']!.notes = 'Used Flask blueprints.\nRole checks live in one decorator.';
  plan.projects['job-scraper']!.notes = '   ';

  move(board.projects, 'weather-forecast-api', 'review');
  plan.projects['weather-forecast-api']!.startedOn = '2026-03-23';
  move(board.steps['weather-forecast-api']!, builtinStepId('weather-forecast-api', 0), 'done');
  move(board.steps['weather-forecast-api']!, builtinStepId('weather-forecast-api', 1), 'in-progress');
  move(board.projects, 'chat-application', 'in-progress');
  plan.steps[builtinStepId('chat-application', 2)]!.state = 'archived';

  const weekDone = (i: number, started: string, completed: string) => {
    const w = plan.weeks[i]!;
    w.status = 'done';
    w.startedOn = started;
    w.completedOn = completed;
    w.goalsDone = w.goalsDone.map(() => completed);
  };
  weekDone(0, '2026-01-05', '2026-01-11');
  weekDone(1, '2026-01-12', '2026-01-18');
  plan.weeks[2]!.status = 'skipped';
  weekDone(3, '2026-01-26', '2026-02-01');
  plan.weeks[3]!.goalsDone[1] = null;
  plan.weeks[4]!.status = 'in-progress';
  plan.weeks[4]!.goalsDone[0] = '2026-02-03';
  return plan;
}

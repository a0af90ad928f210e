import type { Curriculum } from './curriculum-schema';
import { PLAN_VERSION } from './plan-limits';
import type { CalendarDate, Column, Plan, ProjectProgress, Step, WeekProgress } from './plan-schema';

export const DEFAULT_COLUMNS: readonly Column[] = [
  { id: 'backlog', title: 'Backlog', role: 'todo', wipLimit: null },
  { id: 'up-next', title: 'Up next', role: 'todo', wipLimit: null },
  { id: 'in-progress', title: 'In progress', role: 'doing', wipLimit: 3 },
  { id: 'review', title: 'Review', role: 'review', wipLimit: null },
  { id: 'done', title: 'Done', role: 'done', wipLimit: null },
];

export const builtinStepId = (projectId: string, index: number) => `${projectId}--step-${index + 1}`;

export function emptyWeek(goalCount: number, taskCount = 0): WeekProgress {
  return {
    status: 'not-started',
    goalsDone: Array.from({ length: goalCount }, () => null),
    tasksDone: Array.from({ length: taskCount }, () => null),
    autoTicked: { goals: [], tasks: [] },
    studyLog: [],
    notes: '',
    links: [],
    lengthFactor: 1,
    startedOn: null,
    completedOn: null,
  };
}

export function emptyProject(): ProjectProgress {
  return { notes: '', repoUrl: '', startedOn: null, finishedOn: null, folder: null, stackChoices: {}, text: {}, custom: false };
}

/** First run: the ten projects in the first column, each project's steps in its lane's first cell. */
export function createDefaultPlan(curriculum: Curriculum, today: CalendarDate): Plan {
  const columns = DEFAULT_COLUMNS.map((c) => ({ ...c }));
  const plan: Plan = {
    version: PLAN_VERSION,
    createdOn: today,
    settings: {
      startDate: null,
      pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 },
      onboarded: false,
      replan: null,
      workspaceDir: null,
      scaffoldGit: true,
      nudges: true,
      nudgeLog: { lastOn: null, weekAnnounced: 0, behindAnnounced: false },
      recentWorkspaces: [],
      profile: { name: '', headline: '', links: [] },
      // Progress is private until the learner chooses to publish it (issue 15).
      portfolio: { includeInProgress: true, includeProgress: false, includeNotes: false },
    },
    weeks: [],
    projects: {},
    steps: {},
    board: { columns, projects: Object.fromEntries(columns.map((c) => [c.id, []])), steps: {}, collapsedLanes: [] },
  };
  return reconcileWithCurriculum(plan, curriculum);
}

/**
 * Adds whatever the curriculum has and the plan lacks (a newer app version may ship more weeks,
 * goals or projects). It never removes anything the user made.
 */
export function reconcileWithCurriculum(plan: Plan, curriculum: Curriculum): Plan {
  const firstColumn = plan.board.columns[0]!.id;
  const emptyCells = () => Object.fromEntries(plan.board.columns.map((c) => [c.id, [] as string[]]));
  curriculum.weeks.forEach((week, i) => {
    const progress = plan.weeks[i];
    if (!progress) plan.weeks[i] = emptyWeek(week.goals.length, week.tasks.length);
    else {
      while (progress.goalsDone.length < week.goals.length) progress.goalsDone.push(null);
      while (progress.tasksDone.length < week.tasks.length) progress.tasksDone.push(null);
    }
  });
  for (const project of curriculum.projects) {
    if (!plan.projects[project.id]) {
      plan.projects[project.id] = emptyProject();
      plan.board.projects[firstColumn]!.push(project.id);
    }
    const lane = (plan.board.steps[project.id] ??= emptyCells());
    project.steps.forEach((title, i) => {
      const id = builtinStepId(project.id, i);
      if (plan.steps[id]) return;
      const step: Step = { id, projectId: project.id, title, builtin: true, state: 'active', completedOn: null };
      plan.steps[id] = step;
      lane[firstColumn]!.push(id);
    });
  }
  return plan;
}

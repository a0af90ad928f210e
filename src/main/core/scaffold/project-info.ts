import type { Curriculum } from '@shared/curriculum-schema';
import type { Plan } from '@shared/plan-schema';
import { AppError } from '@shared/ipc/result';
import { learnerProject } from '@shared/domain/learner-project';
import type { ScaffoldProject } from './template-values';

/**
 * A curriculum project as the user has it now: their step titles in board order (archived and
 * deleted steps left out), ticked when done, the roadmap weeks it belongs to, and its stack
 * resolved to the learner's choices (an open choice takes its first option).
 */
export function scaffoldProjectFrom(curriculum: Curriculum, plan: Plan, projectId: string): ScaffoldProject {
  const project = curriculum.projects.find((p) => p.id === projectId);
  const progress = Object.hasOwn(plan.projects, projectId) ? plan.projects[projectId] : undefined;
  if (!progress || (!project && !progress.custom)) throw new AppError('not-found', `There is no project with the id ${projectId}.`);
  // The learner's words and stack (issue 15), for roadmap projects and their own alike.
  const mine = learnerProject(project, progress, projectId, curriculum.weekLinks);
  const doneColumns = new Set(plan.board.columns.filter((c) => c.role === 'done').map((c) => c.id));
  const lane = plan.board.steps[projectId] ?? {};
  const steps = plan.board.columns.flatMap((column) =>
    (lane[column.id] ?? [])
      .map((id) => plan.steps[id])
      .filter((step) => step !== undefined && step.state === 'active')
      .map((step) => ({ title: step!.title, done: step!.completedOn !== null || doneColumns.has(column.id) })),
  );
  return {
    id: mine.id,
    name: mine.name,
    description: mine.description,
    // The learner's choice between alternatives ("Flask/Django" → Flask unless they chose Django),
    // never both (issue 15; domain/project-stack.ts, same default as resolve-stack.ts).
    stack: mine.resolved,
    stackText: mine.resolved.join(', '),
    steps,
    weeks: mine.weeks.map((n) => ({ number: n, focus: curriculum.weeks[n - 1]?.focus ?? '' })),
  };
}

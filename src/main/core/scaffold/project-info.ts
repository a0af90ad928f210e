import type { Curriculum } from '@shared/curriculum-schema';
import type { Plan } from '@shared/plan-schema';
import { AppError } from '@shared/ipc/result';
import { resolveStack } from './resolve-stack';
import type { ScaffoldProject } from './template-values';

/**
 * A curriculum project as the user has it now: their step titles in board order (archived and
 * deleted steps left out), ticked when done, and the roadmap weeks it belongs to.
 */
export function scaffoldProjectFrom(curriculum: Curriculum, plan: Plan, projectId: string): ScaffoldProject {
  const project = curriculum.projects.find((p) => p.id === projectId);
  if (!project || !plan.projects[projectId]) throw new AppError('not-found', `There is no project with the id ${projectId}.`);
  const doneColumns = new Set(plan.board.columns.filter((c) => c.role === 'done').map((c) => c.id));
  const lane = plan.board.steps[projectId] ?? {};
  const steps = plan.board.columns.flatMap((column) =>
    (lane[column.id] ?? [])
      .map((id) => plan.steps[id])
      .filter((step) => step !== undefined && step.state === 'active')
      .map((step) => ({ title: step!.title, done: step!.completedOn !== null || doneColumns.has(column.id) })),
  );
  return {
    id: project.id,
    name: project.name,
    description: project.description,
    // "Flask/Django" becomes one framework here (Flask unless the learner chose Django).
    stack: resolveStack(project.stack),
    stackText: project.stackText,
    steps,
    weeks: project.weeks.map((n) => ({ number: n, focus: curriculum.weeks[n - 1]?.focus ?? '' })),
  };
}

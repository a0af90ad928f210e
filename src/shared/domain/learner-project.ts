import type { Project } from '../curriculum-schema';
import type { ProjectProgress } from '../plan-schema';
import { resolvedStack, stackChips, stackItems, type StackItem } from './project-stack';

/** A roadmap project as this learner has it: their choices between stack alternatives applied. */
export interface LearnerProject {
  id: string;
  name: string;
  description: string;
  /** The stack as the roadmap wrote it ("Python, Flask/Django, SQLite"). */
  stackText: string;
  items: StackItem[];
  /** Chip labels: "Flask" once chosen, "Flask / Django" while the choice is open. */
  chips: string[];
  /** Every technology named, alternatives included: what the board's stack filter matches. */
  tags: string[];
  /** What the scaffolder builds with: the choice, or the first option while it is open. */
  resolved: string[];
  weeks: number[];
}

export function learnerProject(project: Project, progress: Pick<ProjectProgress, 'stackChoices'> | undefined): LearnerProject {
  const items = stackItems(project.stackText, progress?.stackChoices ?? {});
  return {
    id: project.id,
    name: project.name,
    description: project.description,
    stackText: project.stackText,
    items,
    chips: stackChips(items),
    tags: [...new Set([...project.stack, ...items.flatMap((i) => i.options)])],
    resolved: resolvedStack(items),
    weeks: project.weeks,
  };
}

import type { Project } from '../curriculum-schema';
import type { ProjectProgress } from '../plan-schema';
import type { WeekProjectLinks } from '../week-project-links-schema';
import { weeksForStack } from './week-project-links';
import { isEdited } from './project-text';
import { resolvedStack, stackChips, stackItems, type StackItem } from './project-stack';

/** A project as this learner has it: their words over the roadmap's, their stack choices applied. */
export interface LearnerProject {
  id: string;
  name: string;
  description: string;
  /** The stack as written ("Python, Flask/Django, SQLite"): the learner's, else the roadmap's. */
  stackText: string;
  items: StackItem[];
  /** Chip labels: "Flask" once chosen, "Flask / Django" while the choice is open. */
  chips: string[];
  /** Every technology named, alternatives included: what the board's stack filter matches. */
  tags: string[];
  /** What the scaffolder builds with: the choice, or the first option while it is open. */
  resolved: string[];
  /** Roadmap weeks the learner's stack fits, ascending (by `links` when given, else the roadmap's list). */
  weeks: number[];
  /** A project the learner added (no roadmap text to go back to). */
  custom: boolean;
  /** The learner changed the roadmap's name, description or stack. */
  edited: boolean;
}

type ProgressPart = Partial<Pick<ProjectProgress, 'stackChoices' | 'text' | 'custom'>>;

/**
 * `project` is the roadmap's entry, or undefined for a project of the learner's own (then `id`
 * names it). Each of name, description and stack is the learner's when they wrote one (issue 15).
 * `links` is the curriculum's week ↔ project rule (Curriculum.weekLinks): with it, the weeks follow
 * the stack as the learner has it, every alternative counted ("Flask/Django" fits the weeks of
 * each, as in curriculum/week-project-links.json); without it (an imported roadmap) they are the
 * roadmap's list, none for a project of the learner's own.
 */
export function learnerProject(
  project: Project | undefined,
  progress: ProgressPart | undefined,
  id = project?.id ?? '',
  links?: WeekProjectLinks,
): LearnerProject {
  const text = progress?.text ?? {};
  const stackText = text.stack ?? project?.stackText ?? '';
  const items = stackItems(stackText, progress?.stackChoices ?? {});
  // The roadmap's tag list (Flask-SocketIO also tags Flask) applies while its stack is unchanged.
  const roadmapTags = project && text.stack === undefined ? project.stack : [];
  return {
    id: project?.id ?? id,
    name: text.name ?? project?.name ?? id,
    description: text.description ?? project?.description ?? '',
    stackText,
    items,
    chips: stackChips(items),
    tags: [...new Set([...roadmapTags, ...items.flatMap((i) => i.options)])],
    resolved: resolvedStack(items),
    weeks: links ? weeksForStack(items.flatMap((i) => i.options), links) : (project?.weeks ?? []),
    custom: !project,
    edited: !!project && isEdited(text),
  };
}

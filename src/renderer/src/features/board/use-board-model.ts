import { useCallback, useMemo, useState } from 'react';
import type { Curriculum, Project } from '@shared/curriculum-schema';
import { isFiltering, matchesFilter, type BoardFilter } from '@shared/domain/board-filter';
import { stepProgressByProject, type StepProgress } from '@shared/domain/step-progress';
import { learnerProject } from '@shared/domain/learner-project';
import type { StackItem } from '@shared/domain/project-stack';
import type { Plan, Step } from '@shared/plan-schema';

export interface ProjectInfo {
  id: string;
  name: string;
  description: string;
  /** Chips: the learner's choices, "Flask / Django" while a choice is open. */
  stack: readonly string[];
  /** Every technology named, alternatives included, for the stack filter. */
  tags: readonly string[];
  items: readonly StackItem[];
  /** The stack as written, the learner's or the roadmap's ("Python, Flask/Django, SQLite"). */
  stackText: string;
  weeks: readonly number[];
  /** The roadmap's words for the project, for "reset"; null for a project of the learner's own. */
  roadmap: { name: string; description: string; stack: string } | null;
  /** The learner changed the roadmap's name, description or stack. */
  edited: boolean;
}

const NONE: readonly never[] = [];
const NO_PROGRESS: StepProgress = { done: 0, total: 0 };

/** Curriculum text joined to the plan's project ids; projects the curriculum lacks still get a card. */
export function useProjectInfo(curriculum: Curriculum, projects: Plan['projects']): (id: string) => ProjectInfo {
  const byId = useMemo(() => new Map<string, Project>(curriculum.projects.map((p) => [p.id, p])), [curriculum]);
  // One object per project and per change of its choices, so memoised cards keep their props.
  const [cache] = useState(() => new Map<string, { project: Project | undefined; choices: unknown; text: unknown; info: ProjectInfo }>());
  return useCallback(
    (id: string) => {
      const p = byId.get(id);
      const progress = projects[id];
      if (!p && !progress?.custom) return { id, name: id, description: '', stack: NONE, tags: NONE, items: NONE, stackText: '', weeks: NONE, roadmap: null, edited: false };
      const choices = progress?.stackChoices;
      const text = progress?.text;
      const hit = cache.get(id);
      if (hit && hit.project === p && hit.choices === choices && hit.text === text) return hit.info;
      const mine = learnerProject(p, progress, id, curriculum.weekLinks);
      const info = {
        id,
        name: mine.name,
        description: mine.description,
        stack: mine.chips,
        tags: mine.tags,
        items: mine.items,
        stackText: mine.stackText,
        weeks: mine.weeks,
        roadmap: p ? { name: p.name, description: p.description, stack: p.stackText } : null,
        edited: mine.edited,
      };
      cache.set(id, { project: p, choices, text, info });
      return info;
    },
    [byId, projects, cache, curriculum.weekLinks],
  );
}

export function useBoardModel(plan: Plan, curriculum: Curriculum, filter: BoardFilter) {
  const info = useProjectInfo(curriculum, plan.projects);
  // Keyed on the lanes, not the whole board, so moving a project card keeps every card's progress.
  const { columns, steps: lanes } = plan.board;
  const progress = useMemo(() => stepProgressByProject({ columns, steps: lanes }, plan.steps), [columns, lanes, plan.steps]);
  const progressOf = useCallback((id: string) => progress.get(id) ?? NO_PROGRESS, [progress]);
  const filtering = isFiltering(filter);

  const projectMatches = useMemo(() => {
    const cache = new Map<string, boolean>();
    return (id: string) => {
      let hit = cache.get(id);
      if (hit === undefined) {
        const p = info(id);
        hit = matchesFilter({ text: [p.name, p.description], stack: p.tags }, filter);
        cache.set(id, hit);
      }
      return hit;
    };
  }, [info, filter]);

  // A step shows when its project has the chosen tags and either it or its project matches the search.
  const stepMatches = useMemo(() => {
    if (!filtering) return undefined;
    return (step: Step) => {
      const p = info(step.projectId);
      if (!matchesFilter({ text: [], stack: p.tags }, { query: '', tags: filter.tags })) return false;
      return projectMatches(step.projectId) || matchesFilter({ text: [step.title], stack: [] }, { query: filter.query, tags: [] });
    };
  }, [filtering, info, filter, projectMatches]);

  // The roadmap's technologies and any the learner wrote into a stack of their own.
  const tags = useMemo(
    () => [...new Set([...curriculum.projects.flatMap((p) => p.stack), ...Object.keys(plan.projects).flatMap((id) => info(id).tags)])].sort((a, b) => a.localeCompare(b)),
    [curriculum, plan.projects, info],
  );

  /** Projects in board order (column by column), which is also the order of the step lanes. */
  const projectOrder = useMemo(() => plan.board.columns.flatMap((c) => plan.board.projects[c.id] ?? []), [plan.board.columns, plan.board.projects]);

  return { info, progressOf, projectVisible: filtering ? projectMatches : undefined, stepMatches, tags, projectOrder, filtering };
}

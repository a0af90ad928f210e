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
  weeks: readonly number[];
}

const NONE: readonly never[] = [];
const NO_PROGRESS: StepProgress = { done: 0, total: 0 };

/** Curriculum text joined to the plan's project ids; projects the curriculum lacks still get a card. */
export function useProjectInfo(curriculum: Curriculum, projects: Plan['projects']): (id: string) => ProjectInfo {
  const byId = useMemo(() => new Map<string, Project>(curriculum.projects.map((p) => [p.id, p])), [curriculum]);
  // One object per project and per change of its choices, so memoised cards keep their props.
  const [cache] = useState(() => new Map<string, { project: Project; choices: unknown; info: ProjectInfo }>());
  return useCallback(
    (id: string) => {
      const p = byId.get(id);
      if (!p) return { id, name: id, description: '', stack: NONE, tags: NONE, items: NONE, weeks: NONE };
      const choices = projects[id]?.stackChoices;
      const hit = cache.get(id);
      if (hit && hit.project === p && hit.choices === choices) return hit.info;
      const mine = learnerProject(p, projects[id]);
      const info = { id, name: mine.name, description: mine.description, stack: mine.chips, tags: mine.tags, items: mine.items, weeks: mine.weeks };
      cache.set(id, { project: p, choices, info });
      return info;
    },
    [byId, projects, cache],
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

  const tags = useMemo(() => [...new Set(curriculum.projects.flatMap((p) => p.stack))].sort((a, b) => a.localeCompare(b)), [curriculum]);

  /** Projects in board order (column by column), which is also the order of the step lanes. */
  const projectOrder = useMemo(() => plan.board.columns.flatMap((c) => plan.board.projects[c.id] ?? []), [plan.board.columns, plan.board.projects]);

  return { info, progressOf, projectVisible: filtering ? projectMatches : undefined, stepMatches, tags, projectOrder, filtering };
}

import { nanoid } from 'nanoid';
import { z } from 'zod';
import type { Plan, ProjectProgress } from '@shared/plan-schema';
import { roleOf } from '@shared/domain/board-stamps';
import { cardDatesProblem, type CardDatesInput } from '@shared/domain/card-dates';
import { AppError } from '@shared/ipc/result';
import { NO_CHANGE } from '@shared/domain/board-change';
import { stackItems } from '@shared/domain/project-stack';
import { learnerProject, type LearnerProject } from '@shared/domain/learner-project';
import { editProjectText } from '@shared/domain/project-text';
import { changedElsewhereMessage, staleFields } from '@shared/domain/compare-and-set';
import { today } from '../core/clock';
import { updateBoard } from './board-update';
import { checkNameFree } from './project-edits';
import type { HandlerDeps } from './deps';
import type { HandlerGroup } from './types';

const RepoUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(2000);
const MAX_STEPS_PER_PROJECT = 200;

/** Card-detail edits: project notes, links and dates; adding, renaming, archiving and restoring steps. */
export function createBoardEditHandlers(deps: HandlerDeps): HandlerGroup<'board:update-project' | 'board:add-step' | 'board:update-step'> {
  const { store } = deps;

  const project = (id: string) => {
    const found = Object.hasOwn(store.plan.projects, id) ? store.plan.projects[id] : undefined;
    if (!found) throw new AppError('not-found', `There is no project ${id}.`);
    return found;
  };

  return {
    'board:update-project': async ({ projectId, patch, base }) => {
      const current = project(projectId);
      const roadmapOf = deps.curriculum.projects.find((p) => p.id === projectId);
      // Compare-and-set: refused before anything else when another tab saved these fields since.
      const checkBase = (saved: ProjectProgress) => {
        const stale = staleFields(storedFields(roadmapOf, saved, projectId), base, patch);
        if (stale.length) throw new AppError('conflict', changedElsewhereMessage(stale));
      };
      checkBase(current);
      if (patch.repoUrl && !RepoUrl.safeParse(patch.repoUrl).success) {
        throw new AppError('invalid-input', 'The repository URL must be a web address such as https://github.com/you/project.');
      }
      const { name, description, stack, ...fields } = patch;
      if (name !== undefined) checkNameFree(deps.curriculum, store.plan, name, projectId);
      const roadmap = deps.curriculum.projects.find((p) => p.id === projectId);
      const text = editProjectText(current.custom ? null : (roadmap ?? null), current.text, { name, description, stack });
      // Choices are checked against the stack as it will be after this edit (the learner's own).
      if (fields.stackChoices) checkStackChoices(learnerProject(roadmap, { text, custom: current.custom }, projectId), fields.stackChoices);
      const next = { ...current, ...fields, text };
      // Judged only when the user changes a date: a card whose stored dates disagree (written by an
      // older version, or by hand) must still take a note or a link, never be locked.
      const datesTouched = 'startedOn' in patch || 'finishedOn' in patch;
      const typed = { startedOn: 'startedOn' in patch, finishedOn: 'finishedOn' in patch };
      if (datesTouched) checkDatesAgainstColumn(store.plan, projectId, next, typed, today(deps.clock));
      const sameText = JSON.stringify(text) === JSON.stringify(current.text);
      if (sameText && Object.entries(fields).every(([key, value]) => current[key as keyof typeof current] === value)) return NO_CHANGE;
      return updateBoard(store, today(deps.clock), (draft) => {
        // Patched onto the card as it is when saved (a restore or an outside edit may have come first).
        const saved = Object.hasOwn(draft.projects, projectId) ? draft.projects[projectId] : undefined;
        if (!saved) throw new AppError('not-found', `There is no project ${projectId}.`);
        checkBase(saved);
        const savedText = editProjectText(saved.custom ? null : (roadmap ?? null), saved.text, { name, description, stack });
        const merged = { ...saved, ...fields, text: savedText };
        if (datesTouched) checkDatesAgainstColumn(draft, projectId, merged, typed, today(deps.clock));
        draft.projects[projectId] = merged;
      });
    },
    'board:add-step': async ({ projectId, title, columnId }) => {
      project(projectId);
      const plan = store.plan;
      const column = columnId ?? plan.board.columns[0]!.id;
      if (!plan.board.columns.some((c) => c.id === column)) throw new AppError('not-found', `There is no column ${column} on this board.`);
      const own = Object.values(plan.steps).filter((s) => s.projectId === projectId).length;
      if (own >= MAX_STEPS_PER_PROJECT) throw new AppError('invalid-input', `A project can have at most ${MAX_STEPS_PER_PROJECT} steps.`);
      const id = `step-${nanoid(12)}`;
      return updateBoard(store, today(deps.clock), (draft: Plan) => {
        // A new card comes from nowhere: updateBoard stamps it for the column it lands in.
        draft.steps[id] = { id, projectId, title, builtin: false, state: 'active' as const, completedOn: null };
        const lane = draft.board.steps[projectId]?.[column];
        if (!lane) throw new AppError('not-found', `There is no column ${column} on this board.`);
        lane.push(id);
      });
    },
    'board:update-step': async ({ stepId, patch, base }) => {
      const step = Object.hasOwn(store.plan.steps, stepId) ? store.plan.steps[stepId] : undefined;
      if (!step) throw new AppError('not-found', `There is no step ${stepId}.`);
      const checkBase = (saved: { title: string }) => {
        const stale = staleFields(saved, base, patch);
        if (stale.length) throw new AppError('conflict', changedElsewhereMessage(stale));
      };
      checkBase(step);
      if (step.builtin && patch.state === 'deleted') {
        throw new AppError('invalid-input', 'Steps from the roadmap can be archived but not deleted.');
      }
      if (Object.entries(patch).every(([key, value]) => step[key as keyof typeof step] === value)) return NO_CHANGE;
      return updateBoard(store, today(deps.clock), (draft) => {
        const saved = Object.hasOwn(draft.steps, stepId) ? draft.steps[stepId] : undefined;
        if (!saved) throw new AppError('not-found', `There is no step ${stepId}.`);
        checkBase(saved);
        draft.steps[stepId] = { ...saved, ...patch };
      });
    },
  };
}

/** The values a field edit's `base` is compared with: the project's fields as the card shows them. */
function storedFields(roadmap: Parameters<typeof learnerProject>[0], saved: ProjectProgress, id: string) {
  const words = learnerProject(roadmap, saved, id);
  return { notes: saved.notes, repoUrl: saved.repoUrl, startedOn: saved.startedOn, finishedOn: saved.finishedOn, name: words.name, description: words.description, stack: words.stackText };
}

/** Each choice must answer one of the project's alternatives ("Flask/Django") with one of its options. */
function checkStackChoices(project: LearnerProject, choices: Record<string, string>) {
  const items = stackItems(project.stackText);
  for (const [key, choice] of Object.entries(choices)) {
    const item = items.find((i) => i.key === key && i.options.length > 1);
    if (!item) throw new AppError('invalid-input', `${project.name} has no choice "${key}" in its stack.`);
    if (!item.options.includes(choice)) throw new AppError('invalid-input', `For "${key}" choose one of ${item.options.join(', ')}.`);
  }
}

/**
 * A date typed in the card's details must pass the card's one date rule set (domain/card-dates.ts:
 * the column's rule, finish never before start, a typed date never after today). Judged only
 * when a date is typed, so a card with odd stored dates still takes a note. Throws
 * AppError('invalid-input') with the rule's sentence.
 */
function checkDatesAgainstColumn(plan: Plan, projectId: string, next: ProjectProgress, typed: CardDatesInput['typed'], day: string): void {
  const columnId = Object.keys(plan.board.projects).find((c) => plan.board.projects[c]!.includes(projectId));
  const role = columnId ? roleOf(plan.board.columns, columnId) : null;
  const columnTitle = plan.board.columns.find((c) => c.id === columnId)?.title ?? 'its column';
  const problem = cardDatesProblem({ startedOn: next.startedOn, finishedOn: next.finishedOn, role, columnTitle, typed, today: day });
  if (problem) throw new AppError('invalid-input', problem);
}

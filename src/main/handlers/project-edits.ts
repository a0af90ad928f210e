import { nanoid } from 'nanoid';
import { NO_CHANGE } from '@shared/domain/board-change';
import { learnerProject } from '@shared/domain/learner-project';
import { nameTakenMessage, sameProjectName } from '@shared/domain/new-project';
import { editProjectText, isEdited } from '@shared/domain/project-text';
import type { Curriculum } from '@shared/curriculum-schema';
import { emptyProject } from '@shared/default-plan';
import { AppError } from '@shared/ipc/result';
import type { Plan } from '@shared/plan-schema';
import { today } from '../core/clock';
import { updateBoard } from './board-update';
import type { HandlerDeps } from './deps';
import type { HandlerGroup } from './types';

/**
 * Refuses a name another project already has (case and outer spaces ignored): two cards, two
 * portfolio sections and two scaffolded folders with one name would be told apart by no one.
 */
export function checkNameFree(curriculum: Curriculum, plan: Plan, name: string, exceptId: string | null): void {
  for (const id of Object.keys(plan.projects)) {
    if (id === exceptId) continue;
    const other = learnerProject(curriculum.projects.find((p) => p.id === id), plan.projects[id], id);
    if (sameProjectName(other.name, name)) throw new AppError('invalid-input', nameTakenMessage(other.name));
  }
}

/** Enough for any learner; keeps a runaway script from growing the plan without end. */
export const MAX_OWN_PROJECTS = 50;

/**
 * The learner's own words for projects and projects of their own (issue 15): reset a roadmap
 * project to the roadmap's text, add a project (an 11th card with its steps), remove it again.
 * Name, description and stack edits ride on `board:update-project` (board-edits.ts).
 */
export function createProjectEditHandlers(deps: HandlerDeps): HandlerGroup<'board:reset-project-text' | 'board:add-project' | 'board:remove-project'> {
  const { store } = deps;
  const roadmapProject = (id: string) => deps.curriculum.projects.find((p) => p.id === id) ?? null;
  const progressOf = (id: string) => {
    const found = Object.hasOwn(store.plan.projects, id) ? store.plan.projects[id] : undefined;
    if (!found) throw new AppError('not-found', `There is no project ${id}.`);
    return found;
  };

  return {
    'board:reset-project-text': async ({ projectId }) => {
      const progress = progressOf(projectId);
      if (progress.custom || !roadmapProject(projectId)) {
        throw new AppError('invalid-input', 'This project is your own: it has no roadmap text to go back to.');
      }
      if (!isEdited(progress.text)) return NO_CHANGE;
      return updateBoard(store, today(deps.clock), (draft) => {
        draft.projects[projectId] = { ...progress, text: {} };
      });
    },
    'board:add-project': async ({ name, description, stack, steps, columnId }) => {
      const plan = store.plan;
      checkNameFree(deps.curriculum, plan, name, null);
      const own = Object.values(plan.projects).filter((p) => p.custom).length;
      if (own >= MAX_OWN_PROJECTS) throw new AppError('invalid-input', `You can add at most ${MAX_OWN_PROJECTS} projects of your own.`);
      const id = `own-${nanoid(10).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
      const first = plan.board.columns[0]!.id;
      if (columnId !== undefined && !plan.board.columns.some((c) => c.id === columnId)) {
        throw new AppError('not-found', 'That column is no longer on the board; the project was not added.');
      }
      return updateBoard(store, today(deps.clock), (draft: Plan) => {
        // Built from the draft (a restore may have changed the board meanwhile): a column gone by then falls back to the first.
        const home = draft.board.columns.some((c) => c.id === columnId) ? columnId! : draft.board.columns[0]!.id;
        draft.projects[id] = { ...emptyProject(), custom: true, text: editProjectText(null, {}, { name, description, stack }) };
        // A new card comes from nowhere: updateBoard's date rule (board-stamps.ts) stamps it as a move into `home` would.
        (draft.board.projects[home] ??= []).push(id);
        const lane = Object.fromEntries(draft.board.columns.map((c) => [c.id, [] as string[]]));
        for (const title of steps) {
          const stepId = `step-${nanoid(12)}`;
          draft.steps[stepId] = { id: stepId, projectId: id, title, builtin: false, state: 'active', completedOn: null };
          lane[first]!.push(stepId);
        }
        draft.board.steps[id] = lane;
      });
    },
    'board:remove-project': async ({ projectId }) => {
      const progress = progressOf(projectId);
      if (!progress.custom) {
        throw new AppError('invalid-input', 'Projects from the roadmap cannot be removed; move it to a column you do not use, or archive its steps.');
      }
      return updateBoard(store, today(deps.clock), (draft) => {
        delete draft.projects[projectId];
        delete draft.board.steps[projectId];
        for (const [column, ids] of Object.entries(draft.board.projects)) draft.board.projects[column] = ids.filter((id) => id !== projectId);
        draft.board.collapsedLanes = draft.board.collapsedLanes.filter((id) => id !== projectId);
        for (const [stepId, step] of Object.entries(draft.steps)) if (step.projectId === projectId) delete draft.steps[stepId];
      });
    },
  };
}

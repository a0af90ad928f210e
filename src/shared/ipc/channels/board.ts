import { z } from 'zod';
import { projectTextProblem, type ProjectTextField } from '../../domain/project-text';
import {
  BoardSchema,
  CellsSchema,
  ColumnRoleSchema,
  ColumnSchema,
  IdSchema,
  PlannableDateSchema,
  ProjectProgressSchema,
  StepSchema,
} from '../../plan-schema';

const Position = z.int().min(0).max(100_000);
const WipLimit = ColumnSchema.shape.wipLimit;
const ColumnTitle = ColumnSchema.shape.title;

const ProjectFieldsSchema = ProjectProgressSchema.pick({ notes: true, repoUrl: true, startedOn: true, finishedOn: true });

/**
 * A project's name, description or stack as typed; refused with the same plain words the card form
 * shows (a `custom` issue, which dispatch passes on as it is written).
 */
const projectText = (field: ProjectTextField) =>
  z.string().max(100_000).superRefine((value, ctx) => {
    const problem = projectTextProblem(field, value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** What undo/redo puts back; main checks it like any other change (schema, integrity, same projects). */
export const BoardSliceSchema = z.strictObject({
  board: BoardSchema,
  steps: z.record(IdSchema, StepSchema),
  projects: z.record(IdSchema, ProjectFieldsSchema),
});

/** Every board mutation replies with what it changed (see domain/board-change.ts), not the plan. */
export const BoardChangeSchema = z.strictObject({
  board: z.strictObject({
    columns: BoardSchema.shape.columns.optional(),
    projects: CellsSchema.optional(),
    steps: z.record(IdSchema, CellsSchema).optional(),
    collapsedLanes: z.array(IdSchema).optional(),
  }),
  projects: z.record(IdSchema, ProjectProgressSchema),
  steps: z.record(IdSchema, StepSchema),
  removedProjects: z.array(IdSchema).optional(),
  removedSteps: z.array(IdSchema).optional(),
});

export const boardChannels = {
  'board:move-project': {
    request: z.strictObject({ projectId: IdSchema, toColumn: IdSchema, toIndex: Position }),
    reply: BoardChangeSchema,
  },
  'board:move-step': {
    request: z.strictObject({ projectId: IdSchema, stepId: IdSchema, toColumn: IdSchema, toIndex: Position }),
    reply: BoardChangeSchema,
  },
  'board:add-column': {
    request: z.strictObject({ title: ColumnTitle, role: ColumnRoleSchema, wipLimit: WipLimit.default(null), index: Position.optional() }),
    reply: BoardChangeSchema,
  },
  'board:update-column': {
    request: z.strictObject({
      columnId: IdSchema,
      patch: z.strictObject({ title: ColumnTitle, role: ColumnRoleSchema, wipLimit: WipLimit }).partial(),
    }),
    reply: BoardChangeSchema,
  },
  'board:move-column': {
    request: z.strictObject({ columnId: IdSchema, toIndex: Position }),
    reply: BoardChangeSchema,
  },
  'board:delete-column': {
    /** `moveTo` is where the column's cards go; required whenever the column holds any card. */
    request: z.strictObject({ columnId: IdSchema, moveTo: IdSchema }),
    reply: BoardChangeSchema,
  },
  'board:update-project': {
    request: z.strictObject({
      projectId: IdSchema,
      patch: z.strictObject({
        notes: ProjectFieldsSchema.shape.notes,
        repoUrl: z.string().trim().max(2000),
        startedOn: PlannableDateSchema.nullable(),
        finishedOn: PlannableDateSchema.nullable(),
        /** Replaces the choices between stack alternatives; main checks each against the stack. */
        stackChoices: ProjectProgressSchema.shape.stackChoices.unwrap(),
        /** The learner's words; a value equal to the roadmap's goes back to following it. */
        name: projectText('name'),
        description: projectText('description'),
        stack: projectText('stack'),
      }).partial(),
    }),
    reply: BoardChangeSchema,
  },
  /** Back to the roadmap's name, description and stack (stack choices stay). */
  'board:reset-project-text': {
    request: z.strictObject({ projectId: IdSchema }),
    reply: BoardChangeSchema,
  },
  /**
   * A project of the learner's own: a new card, with its own steps, at the bottom of `columnId`
   * (the quick add at the foot of a column) or of the first column. Its dates follow that column as
   * a move's do (a Done column stamps started and finished today).
   */
  'board:add-project': {
    request: z.strictObject({
      name: projectText('name'),
      description: projectText('description').default(''),
      stack: projectText('stack').default(''),
      steps: z.array(StepSchema.shape.title).max(50).default([]),
      columnId: IdSchema.optional(),
    }),
    reply: BoardChangeSchema,
  },
  /** Removes a project of the learner's own with its steps; roadmap projects cannot be removed. */
  'board:remove-project': {
    request: z.strictObject({ projectId: IdSchema }),
    reply: BoardChangeSchema,
  },
  'board:add-step': {
    request: z.strictObject({ projectId: IdSchema, title: StepSchema.shape.title, columnId: IdSchema.optional() }),
    reply: BoardChangeSchema,
  },
  'board:update-step': {
    request: z.strictObject({
      stepId: IdSchema,
      patch: z.strictObject({ title: StepSchema.shape.title, state: StepSchema.shape.state }).partial(),
    }),
    reply: BoardChangeSchema,
  },
  'board:set-lane-collapsed': {
    request: z.strictObject({ projectId: IdSchema, collapsed: z.boolean() }),
    reply: BoardChangeSchema,
  },
  'board:restore': {
    /** `revision`: the plan revision the undo history was recorded on (app:boot / app:sync). */
    request: z.strictObject({ slice: BoardSliceSchema, revision: z.int().min(0) }),
    reply: BoardChangeSchema,
  },
};

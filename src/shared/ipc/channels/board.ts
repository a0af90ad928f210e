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

/** Stored values a field edit started from: loose (any old value may be named), only compared. */
const EditBase = z
  .strictObject({
    notes: z.string().max(1_000_000),
    repoUrl: z.string().max(100_000),
    startedOn: z.string().max(100).nullable(),
    finishedOn: z.string().max(100).nullable(),
    name: z.string().max(100_000),
    description: z.string().max(100_000),
    stack: z.string().max(100_000),
  })
  .partial();

/** What undo/redo puts back; main checks it like any other change (schema, integrity, same projects). */
export const BoardSliceSchema = z.strictObject({
  board: BoardSchema,
  steps: z.record(IdSchema, StepSchema),
  projects: z.record(IdSchema, ProjectFieldsSchema),
});

const CellsDeltaSchema = z.strictObject({
  moves: z.array(z.strictObject({ id: IdSchema, from: IdSchema.nullable(), to: IdSchema.nullable() })).max(100_000),
  order: z.record(IdSchema, z.array(IdSchema).max(100_000)),
});
const FieldsSideSchema = ProjectFieldsSchema.partial();

/** One step of a tab's undo history, as domain/board-delta.ts describes it (only what the change touched). */
export const BoardDeltaSchema = z.strictObject({
  columns: z.strictObject({ from: BoardSchema.shape.columns, to: BoardSchema.shape.columns }).optional(),
  projects: CellsDeltaSchema.optional(),
  lanes: z.record(IdSchema, CellsDeltaSchema).optional(),
  steps: z.record(IdSchema, z.strictObject({ from: StepSchema.nullable(), to: StepSchema.nullable() })).optional(),
  fields: z.record(IdSchema, z.strictObject({ from: FieldsSideSchema, to: FieldsSideSchema })).optional(),
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
  /** Main's change count just before and after this change (PlanStore.changeOf); see app:sync. */
  changes: z.tuple([z.int().min(0), z.int().min(0)]).optional(),
  /** Exactly this change, each way (domain/board-delta.ts): what board:undo is sent to undo or redo it. */
  undo: z.strictObject({ back: z.lazy(() => BoardDeltaSchema), forth: z.lazy(() => BoardDeltaSchema) }).optional(),
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
      /**
       * What each field held when the edit began (compare-and-set, domain/compare-and-set.ts): a
       * field stored with another value was changed in another tab or window, and the save is
       * refused ('conflict') instead of writing over it. Optional: a save without it is not checked.
       */
      base: EditBase.optional(),
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
      /** The title when the rename began: a title changed elsewhere since is not written over. */
      base: z.strictObject({ title: z.string().max(100_000) }).partial().optional(),
    }),
    reply: BoardChangeSchema,
  },
  'board:set-lane-collapsed': {
    request: z.strictObject({ projectId: IdSchema, collapsed: z.boolean() }),
    reply: BoardChangeSchema,
  },
  /**
   * Undo or redo one step of this tab's history: `delta` goes from its `from` side to its `to`
   * side, only if all it touches is still as `from` says; otherwise refused ('conflict') with
   * nothing written, since another tab or window changed those cards since (audit s6, fault 3).
   */
  'board:undo': {
    request: z.strictObject({ delta: BoardDeltaSchema, revision: z.int().min(0), direction: z.enum(['undo', 'redo']) }),
    reply: BoardChangeSchema,
  },
  'board:restore': {
    /** `revision`: the plan revision the undo history was recorded on (app:boot / app:sync). */
    request: z.strictObject({ slice: BoardSliceSchema, revision: z.int().min(0) }),
    reply: BoardChangeSchema,
  },
};

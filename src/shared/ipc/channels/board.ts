import { z } from 'zod';
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
        /** Replaces the choices between stack alternatives; main checks each against the roadmap. */
        stackChoices: ProjectProgressSchema.shape.stackChoices.unwrap(),
      }).partial(),
    }),
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
    request: z.strictObject({ slice: BoardSliceSchema }),
    reply: BoardChangeSchema,
  },
};

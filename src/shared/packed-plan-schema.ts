import { z } from 'zod';
import { BoardSchema, IdSchema, PlanSchema, StepSchema } from './plan-schema';

/*
 * The plan as app:boot sends it: every piece of data once. A plan keeps each step three times
 * over — its id as the key of `steps`, again as `step.id`, and in its cell of `board.steps` — and
 * its project id twice (`step.projectId` and the lane's key). At 2,000 projects and 20,000 steps
 * that is about a third of the boot reply. Here each step sits, without `id` repeated as a key and
 * without `projectId`, in the cell it occupies on its project's lane; everything else is the plan
 * as it is. The plan's own integrity rule (boardIntegrityIssues: every step in exactly one cell of
 * its project's lane) is what makes this lossless for any plan main holds. packPlan / unpackPlan
 * (domain/packed-plan.ts) convert; this file is only the schema, for the contract.
 */

/** A step in its lane's cell: the step's project is the lane's key. */
export const PackedStepSchema = StepSchema.omit({ projectId: true });
export type PackedStep = z.infer<typeof PackedStepSchema>;

// PlanSchema carries a refinement (board integrity), so zod will not .omit() from it: take its shape.
const { steps: _steps, board: _board, ...planFields } = PlanSchema.shape;

export const PackedPlanSchema = z.strictObject({
  ...planFields,
  board: BoardSchema.omit({ steps: true }).extend({
    /** project id -> (column id -> the steps in that cell, in order). */
    steps: z.record(IdSchema, z.record(IdSchema, z.array(PackedStepSchema))),
  }),
});
export type PackedPlan = z.infer<typeof PackedPlanSchema>;

import type { PackedPlan, PackedStep } from '../packed-plan-schema';
import type { Plan, Step } from '../plan-schema';

/*
 * Pure, zod-free (the renderer imports it): the plan as app:boot sends it, each piece of data once.
 * The shape and why are in packed-plan-schema.ts.
 */

/**
 * The plan with each step stored once, in its cell (see packed-plan-schema.ts). `plan` must satisfy PlanSchema
 * (main's plan always does). Steps come back out of `unpackPlan` in lane order: project lanes in
 * `board.steps` order, columns in cell order, cards in position order.
 */
export function packPlan(plan: Plan): PackedPlan {
  const { steps, board, ...rest } = plan;
  const lanes: PackedPlan['board']['steps'] = {};
  for (const [projectId, cells] of Object.entries(board.steps)) {
    const lane: Record<string, PackedStep[]> = {};
    for (const [columnId, ids] of Object.entries(cells)) {
      lane[columnId] = ids.map((id) => {
        const { projectId: _lane, ...step } = steps[id]!;
        return step;
      });
    }
    lanes[projectId] = lane;
  }
  return { ...rest, board: { ...board, steps: lanes } };
}

/** The plan again, as the renderer holds it: `steps` keyed by id, lanes of step ids. Pure; O(steps). */
export function unpackPlan(packed: PackedPlan): Plan {
  const { board, ...rest } = packed;
  const steps: Record<string, Step> = {};
  const lanes: Plan['board']['steps'] = {};
  for (const [projectId, cells] of Object.entries(board.steps)) {
    const lane: Record<string, string[]> = {};
    for (const [columnId, cell] of Object.entries(cells)) {
      lane[columnId] = cell.map((step) => {
        steps[step.id] = { ...step, projectId };
        return step.id;
      });
    }
    lanes[projectId] = lane;
  }
  return { ...rest, steps, board: { ...board, steps: lanes } };
}

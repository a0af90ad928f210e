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
  return unpackWith(packed, (step, projectId) => ({ ...step, projectId }));
}

/**
 * `unpackPlan` for a packed plan nothing else holds — a reply just parsed (HTTP) or cloned (IPC) —
 * that is dropped once unpacked: its step objects become the plan's steps, each given its
 * `projectId`, instead of being copied. The same plan as `unpackPlan` gives, field for field and in
 * the same key order (a copy `{...step, projectId}` also puts projectId last). At 20,000 steps the
 * copies cost the first render 50–140 ms of CPU and their garbage (profiles, issue 18).
 * `packed` must not be used afterwards: its steps now carry `projectId`.
 */
export function adoptPackedPlan(packed: PackedPlan): Plan {
  return unpackWith(packed, (step, projectId) => {
    const adopted = step as Step;
    adopted.projectId = projectId;
    return adopted;
  });
}

/** Lanes of step ids and `steps` keyed by id, each step made by `toStep` from its cell entry and lane. */
function unpackWith(packed: PackedPlan, toStep: (step: PackedStep, projectId: string) => Step): Plan {
  const { board, ...rest } = packed;
  const steps: Record<string, Step> = {};
  const lanes: Plan['board']['steps'] = {};
  for (const [projectId, cells] of Object.entries(board.steps)) {
    const lane: Record<string, string[]> = {};
    for (const [columnId, cell] of Object.entries(cells)) {
      lane[columnId] = cell.map((entry) => {
        const step = toStep(entry, projectId);
        steps[step.id] = step;
        return step.id;
      });
    }
    lanes[projectId] = lane;
  }
  return { ...rest, steps, board: { ...board, steps: lanes } };
}

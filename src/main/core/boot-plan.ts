import { packPlan } from '@shared/domain/packed-plan';
import type { PackedPlan } from '@shared/packed-plan-schema';
import type { Plan } from '@shared/plan-schema';

/*
 * Packing a 2,000-project plan (20,000 steps) takes 10–35 ms of main's CPU, and app:boot asked for it
 * on every page load or reload. The store never changes a plan object in place: every change is made
 * on a copy and the copy becomes `store.plan` (plan-store.ts, update/replace/#persist; a reload from
 * disk or a restore also puts a new object there). So a plan object's packed form can be kept for as
 * long as that object lives, and a change — a new object — never meets the old packed form.
 * Keyed weakly: a replaced plan and its packed form go away together.
 */
const packed = new WeakMap<Plan, { savedAt: Plan['savedAt']; value: PackedPlan }>();

/**
 * `packPlan(plan)`, computed once per plan object (see above). The result is shared by every call
 * with that object: callers must not change it (IPC clones it, the HTTP server serialises it).
 */
export function packedPlanOf(plan: Plan): PackedPlan {
  const known = packed.get(plan);
  // savedAt is stamped on every save: a belt to the braces above, should a save ever stamp the
  // object it already holds (the store's first save at open does, before anyone can ask).
  if (known && known.savedAt === plan.savedAt) return known.value;
  const value = packPlan(plan);
  packed.set(plan, { savedAt: plan.savedAt, value });
  return value;
}

/*
 * Which change a saved plan object stands for. The store puts a new plan object in place on every
 * change and counts the changes (PlanStore.changes); a reply that is a whole plan carries that
 * plan's count beside it (handlers/dispatch.ts, `Result.version`), so the page that applies it has
 * seen every change up to it and its next app:sync does not fetch the same plan again.
 */

const versions = new WeakMap<object, number>();

/** `plan` is the plan as it is after change number `count` (PlanStore.changes). */
export function setPlanVersion(plan: object, count: number): void {
  versions.set(plan, count);
}

/** The change count `value` stands for when it is a plan the store saved; undefined for anything else. */
export function planVersionOf(value: unknown): number | undefined {
  return typeof value === 'object' && value !== null ? versions.get(value) : undefined;
}

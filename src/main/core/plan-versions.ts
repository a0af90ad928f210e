/*
 * Which change a saved plan object stands for. The store puts a new plan object in place on every
 * change and counts the changes (PlanStore.changes); each saved object is noted here with the count
 * just before and just after it. A board change's reply carries that pair (board-update.ts, via
 * PlanStore.changeOf); a reply that is a whole plan carries the count after it (handlers/dispatch.ts,
 * `Result.version`), so the page that applies it has seen every change up to it and its next
 * app:sync does not fetch the same plan again.
 */

const changes = new WeakMap<object, readonly [number, number]>();

/** `plan` is the plan as it is after change number `after` (PlanStore.changes); `before` is the count it was made from. */
export function setPlanChange(plan: object, before: number, after: number): void {
  changes.set(plan, [before, after]);
}

/** The [before, after] change counts `value` stands for when it is a plan the store saved; undefined for anything else. */
export function planChangeOf(value: unknown): readonly [number, number] | undefined {
  return typeof value === 'object' && value !== null ? changes.get(value) : undefined;
}

/** The change count `value` stands for when it is a plan the store saved (the `after` of `planChangeOf`). */
export const planVersionOf = (value: unknown): number | undefined => planChangeOf(value)?.[1];

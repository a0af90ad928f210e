/**
 * The change count (PlanStore.changes in main) this page has seen every change up to: from boot,
 * from its own board changes' replies, and from app:sync. Another tab or window on the same data
 * folder makes main's count move past it; the next sync then brings the plan (audit s6, fault 2).
 */
let seen: number | undefined;

export const seenChanges = () => seen;

/** At boot and after a sync that brought the plan: the page now holds everything up to `count`. */
export function setSeenChanges(count: number | undefined): void {
  seen = count;
}

/**
 * After one of this page's own changes, replied as [before, after]: contiguous with what the page
 * had seen, it has now seen `after` too. A gap (another tab saved in between) leaves the count
 * behind, so the next sync fetches the plan.
 */
export function noteOwnChange(counted: readonly [number, number] | undefined): void {
  if (counted && seen !== undefined && counted[0] === seen) seen = counted[1];
}

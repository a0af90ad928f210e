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

let inFlight = 0;

/**
 * One of this page's own changes was sent: until its reply is noted, main's count may already be
 * past what this page has seen, and an app:sync would fetch the whole plan only to drop it (a
 * 1 MB plan at 200 projects, on both main's and the page's main thread). Returns the function
 * to call once the reply was noted (or the change failed).
 */
export function ownChangeSent(): () => void {
  inFlight++;
  let open = true;
  return () => {
    if (open) inFlight--;
    open = false;
  };
}

/** True while one of this page's own changes is on its way to main and back. */
export const ownChangesInFlight = () => inFlight > 0;

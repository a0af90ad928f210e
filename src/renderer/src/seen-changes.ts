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
 * A call of this page's is on its way to main (+1) or back (−1), counted by api.ts `call`. While
 * one is out, main may already have counted a change of this page's that the page has not heard of
 * (a move, a tick, notes), and an app:sync would fetch the whole plan only for it to be dropped or
 * applied twice: 0.9 MB at 200 projects, a 110–320 ms frame (session 10). Every call counts, reads
 * too: they are short, and a sync that waits for one loses nothing (the next tick asks).
 */
export const callsOut = (step: 1 | -1): void => void (inFlight += step);

/** True while any call of this page's (a change, a read, the previous sync) is on its way to main and back. */
export const callsAreOut = () => inFlight > 0;

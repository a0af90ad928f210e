/**
 * Equal as plan data (plain JSON values), whatever the objects' identity. The store validates each
 * change and keeps the schema's output, which rebuilds every object: comparing a project's nested
 * `text` or `stackChoices` by identity called every project changed, and a card move replied with
 * all of them (issue 18: 342 kB for one move at 200 projects). Any doubt (a key present on one
 * side only) counts as a change, so a reply may say too much but never leaves a change out.
 *
 * The one comparison of plan data: board replies (board-change.ts), undo deltas (board-delta.ts),
 * compare-and-set saves (compare-and-set.ts), what the board keeps shown (keep-shown.ts) and the
 * renderer's field drafts.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

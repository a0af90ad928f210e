import type { Cells, Plan } from '../plan-schema';
import { sameData } from './same-data';

type BoardPart = Pick<Plan, 'board' | 'projects' | 'steps'>;

/** `next`'s record with each entry equal in value to `previous`'s taken from `previous` (and `previous` itself when all are). */
function shareRecord<T>(previous: Record<string, T>, next: Record<string, T>, same: (a: T, b: T) => boolean): Record<string, T> {
  if (previous === next) return next;
  let all = Object.keys(previous).length === Object.keys(next).length;
  let out: Record<string, T> | null = null;
  for (const [key, value] of Object.entries(next)) {
    const before = Object.hasOwn(previous, key) ? previous[key] : undefined;
    if (before !== undefined && (before === value || same(before, value))) {
      if (before !== value) (out ??= { ...next })[key] = before;
    } else {
      all = false;
    }
  }
  return all ? previous : (out ?? next);
}

const shareCells = (previous: Cells, next: Cells): Cells => shareRecord(previous, next, sameData);

/**
 * `next`, with every board part that equals `previous`'s in value taken from `previous` — a
 * column's card list, a lane, a project, a step — and `previous` itself when nothing differs.
 * Main's reply to a board change arrives as new objects even when it only confirms what the
 * screen already shows (the optimistic move): without this, each reply handed every column new
 * arrays and re-rendered the board after the drop (issue 18). The result always equals `next` in
 * value; only object identity is shared, so no change is ever lost.
 */
export function keepShown<P extends BoardPart>(previous: P, next: P): P {
  if (previous === next) return next;
  // Anything outside the board part differing by identity: keep next's top level, share inside.
  const outside = Object.keys(next).every((k) => k === 'board' || k === 'projects' || k === 'steps' || (previous as Record<string, unknown>)[k] === (next as Record<string, unknown>)[k]);
  const sameKeys = Object.keys(previous).length === Object.keys(next).length;
  const pb = previous.board;
  const nb = next.board;
  const board =
    pb === nb
      ? nb
      : (() => {
          const shared = {
            ...nb,
            columns: sameData(pb.columns, nb.columns) ? pb.columns : nb.columns,
            projects: shareCells(pb.projects, nb.projects),
            steps: shareRecord(pb.steps, nb.steps, (a, b) => shareCells(a, b) === a),
            collapsedLanes: sameData(pb.collapsedLanes, nb.collapsedLanes) ? pb.collapsedLanes : nb.collapsedLanes,
          };
          const unchanged = Object.keys(shared).length === Object.keys(pb).length && Object.keys(shared).every((k) => (shared as Record<string, unknown>)[k] === (pb as Record<string, unknown>)[k]);
          return unchanged ? pb : shared;
        })();
  const projects = shareRecord(previous.projects, next.projects, sameData);
  const steps = shareRecord(previous.steps, next.steps, sameData);
  if (outside && sameKeys && board === pb && projects === previous.projects && steps === previous.steps) return previous;
  return { ...next, board, projects, steps };
}

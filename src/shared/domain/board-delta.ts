import type { Cells, Column, Step } from '../plan-schema';
import { sameData } from './same-data';
import type { BoardSlice, ProjectBoardFields } from './board-slice';

/**
 * Guarded undo and redo (audit s6, fault 3). An undo step used to put a whole snapshot of the
 * board back, so undoing in one tab also took back what another tab had done since. Instead, a
 * step is the difference between the board just before and just after this tab's change: only the
 * cards, steps, columns and fields that change touched. Undo applies it backwards, and only if
 * each of those is still as this tab left it; otherwise it refuses and nothing is written.
 */

/** Cards (projects, or one project's steps) that changed column, or moved within one. */
export interface CellsDelta {
  /** Each moved card: its column before and after (null: not on the board). */
  moves: Array<{ id: string; from: string | null; to: string | null }>;
  /** The order, after, of each column a card moved into (where it goes back between its neighbours). */
  order: Record<string, string[]>;
}

export interface BoardDelta {
  columns?: { from: Column[]; to: Column[] };
  projects?: CellsDelta;
  /** project id -> its lane's moved steps. */
  lanes?: Record<string, CellsDelta>;
  /** Steps added, removed or edited: the whole step before and after (null: not there). */
  steps?: Record<string, { from: Step | null; to: Step | null }>;
  /** Project fields (notes, repository, dates) edited: only the changed ones, before and after. */
  fields?: Record<string, { from: Partial<ProjectBoardFields>; to: Partial<ProjectBoardFields> }>;
}

export const UNDO_REFUSED = 'The board changed in another window since; nothing was undone.';
export const REDO_REFUSED = 'The board changed in another window since; nothing was redone.';

const columnOf = (cells: Cells): Map<string, string> => {
  const at = new Map<string, string>();
  for (const [column, ids] of Object.entries(cells)) for (const id of ids) at.set(id, column);
  return at;
};

/**
 * Cards of `to` whose place differs from `from`: a change of column, or (within one column) those
 * outside the longest run that kept its order, so a card dragged up or down is the one named.
 */
export function cellsDelta(from: Cells, to: Cells): CellsDelta | null {
  if (sameData(from, to)) return null;
  const was = columnOf(from);
  const now = columnOf(to);
  const moves: CellsDelta['moves'] = [];
  for (const [id, column] of was) if (!now.has(id)) moves.push({ id, from: column, to: null });
  for (const [column, ids] of Object.entries(to)) {
    const stayed = ids.filter((id) => was.get(id) === column);
    const kept = longestOrderedRun(stayed, from[column] ?? []);
    for (const id of ids) {
      if (was.get(id) !== column || !kept.has(id)) moves.push({ id, from: was.get(id) ?? null, to: column });
    }
  }
  if (moves.length === 0) return null;
  const order: Record<string, string[]> = {};
  for (const m of moves) if (m.to !== null) order[m.to] ??= [...to[m.to]!];
  return { moves, order };
}

/** The largest set of `ids` that appear in the same order in `before` (longest increasing run, n log n). */
function longestOrderedRun(ids: string[], before: string[]): Set<string> {
  const rank = new Map(before.map((id, i) => [id, i]));
  const tails: number[] = [];
  const tailAt: number[] = [];
  const prev: number[] = [];
  ids.forEach((id, i) => {
    const r = rank.get(id)!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = r;
    tailAt[lo] = i;
    prev[i] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const kept = new Set<string>();
  for (let i = tails.length ? tailAt[tails.length - 1]! : -1; i >= 0; i = prev[i]!) kept.add(ids[i]!);
  return kept;
}

/** A board as boardDelta reads it: a BoardSlice, or a plan (its projects have more fields). */
export interface DeltaSide {
  board: BoardSlice['board'];
  steps: Record<string, Step>;
  projects: Record<string, ProjectBoardFields>;
}

/**
 * Where to look (from a BoardChange of the same two boards): on a big plan only what changed is
 * compared, not every lane, step and project (issue 18: main computes this on every change).
 */
export interface DeltaScope {
  columns: boolean;
  cells: boolean;
  lanes: Iterable<string>;
  steps: Iterable<string>;
  projects: Iterable<string>;
}

const FIELD_KEYS = ['notes', 'repoUrl', 'startedOn', 'finishedOn'] as const satisfies ReadonlyArray<keyof ProjectBoardFields>;

/**
 * What changed from `before` to `after` (one change, one way); null when nothing did. `scope`
 * limits the comparison to the parts a BoardChange names; without it everything is compared.
 */
export function boardDelta(before: DeltaSide, after: DeltaSide, scope?: DeltaScope): BoardDelta | null {
  const delta: BoardDelta = {};
  const all = (a: object, b: object) => new Set([...Object.keys(a), ...Object.keys(b)]);
  if ((scope?.columns ?? true) && !sameData(before.board.columns, after.board.columns)) delta.columns = { from: before.board.columns, to: after.board.columns };
  const projects = (scope?.cells ?? true) ? cellsDelta(before.board.projects, after.board.projects) : null;
  if (projects) delta.projects = projects;
  for (const id of scope?.lanes ?? all(before.board.steps, after.board.steps)) {
    const lane = cellsDelta(before.board.steps[id] ?? {}, after.board.steps[id] ?? {});
    if (lane) (delta.lanes ??= {})[id] = lane;
  }
  for (const id of scope?.steps ?? all(before.steps, after.steps)) {
    const from = Object.hasOwn(before.steps, id) ? before.steps[id]! : null;
    const to = Object.hasOwn(after.steps, id) ? after.steps[id]! : null;
    if (!sameData(from, to)) (delta.steps ??= {})[id] = { from, to };
  }
  for (const id of scope?.projects ?? Object.keys(after.projects)) {
    const a = Object.hasOwn(before.projects, id) ? before.projects[id] : undefined;
    const b = Object.hasOwn(after.projects, id) ? after.projects[id] : undefined;
    if (!a || !b) continue;
    const keys = FIELD_KEYS.filter((k) => !sameData(a[k], b[k]));
    if (keys.length === 0) continue;
    (delta.fields ??= {})[id] = { from: Object.fromEntries(keys.map((k) => [k, a[k]])), to: Object.fromEntries(keys.map((k) => [k, b[k]])) };
  }
  return Object.keys(delta).length ? delta : null;
}

/** The same change the other way round, given the board it started from (for the card order to go back to). */
export function reverseDelta(forth: BoardDelta, before: DeltaSide): BoardDelta {
  const back: BoardDelta = {};
  if (forth.columns) back.columns = { from: forth.columns.to, to: forth.columns.from };
  const flip = (d: CellsDelta, cells: Cells): CellsDelta => {
    const moves = d.moves.map((m) => ({ id: m.id, from: m.to, to: m.from }));
    const order: Record<string, string[]> = {};
    for (const m of moves) if (m.to !== null) order[m.to] ??= [...(cells[m.to] ?? [])];
    return { moves, order };
  };
  if (forth.projects) back.projects = flip(forth.projects, before.board.projects);
  if (forth.lanes) back.lanes = Object.fromEntries(Object.entries(forth.lanes).map(([id, d]) => [id, flip(d, before.board.steps[id] ?? {})]));
  if (forth.steps) back.steps = Object.fromEntries(Object.entries(forth.steps).map(([id, st]) => [id, { from: st.to, to: st.from }]));
  if (forth.fields) back.fields = Object.fromEntries(Object.entries(forth.fields).map(([id, f]) => [id, { from: f.to, to: f.from }]));
  return back;
}

/** Moves the named cards from where `d` says they are to where it says they go; null when one is not where it should be. */
function applyCells(cells: Cells, d: CellsDelta, columns: readonly string[]): Cells | null {
  const at = columnOf(cells);
  for (const m of d.moves) {
    if ((at.get(m.id) ?? null) !== m.from) return null;
    if (m.to !== null && !columns.includes(m.to)) return null;
  }
  const moving = new Set(d.moves.map((m) => m.id));
  const next: Cells = {};
  for (const [column, ids] of Object.entries(cells)) next[column] = ids.filter((id) => !moving.has(id));
  for (const [column, wanted] of Object.entries(d.order)) {
    const list = (next[column] ??= []);
    wanted.forEach((id, i) => {
      if (!moving.has(id) || d.moves.find((m) => m.id === id)!.to !== column) return;
      // After the nearest card that came before it and is in this column now (or first).
      let place = 0;
      for (let j = i - 1; j >= 0; j--) {
        const k = list.indexOf(wanted[j]!);
        if (k >= 0) {
          place = k + 1;
          break;
        }
      }
      list.splice(place, 0, id);
    });
  }
  return next;
}

export type DeltaTarget = DeltaSide;

/**
 * Applies `delta` (from its `from` side to its `to` side) to the board as stored now. Refuses
 * (returns null) unless everything the delta touches is still as its `from` side says: another tab
 * or window changed it since, and undoing over that would take its change back too.
 */
export function applyDelta<T extends DeltaTarget>(plan: T, delta: BoardDelta): T | null {
  let board = plan.board;
  if (delta.columns) {
    if (!sameData(board.columns, delta.columns.from)) return null;
    board = { ...board, columns: delta.columns.to };
    // A column coming back gets an empty cell in every lane; one going away must be empty now.
    const kept = new Set(delta.columns.to.map((c) => c.id));
    const grow = (cells: Cells): Cells => {
      const next: Cells = {};
      for (const c of delta.columns!.to) next[c.id] = cells[c.id] ?? [];
      for (const [id, ids] of Object.entries(cells)) if (!kept.has(id) && ids.length) next[id] = ids;
      return next;
    };
    board = { ...board, projects: grow(board.projects), steps: Object.fromEntries(Object.entries(board.steps).map(([id, lane]) => [id, grow(lane)])) };
  }
  const columnIds = board.columns.map((c) => c.id);
  if (delta.projects) {
    const next = applyCells(board.projects, delta.projects, columnIds);
    if (!next) return null;
    board = { ...board, projects: next };
  }
  if (delta.lanes) {
    const steps = { ...board.steps };
    for (const [id, d] of Object.entries(delta.lanes)) {
      const next = applyCells(steps[id] ?? {}, d, columnIds);
      if (!next) return null;
      steps[id] = next;
    }
    board = { ...board, steps };
  }
  // Cards left in a column that goes away would be lost: refuse instead.
  const live = new Set(columnIds);
  const stranded = (cells: Cells) => Object.entries(cells).some(([c, ids]) => !live.has(c) && ids.length > 0);
  if (stranded(board.projects) || Object.values(board.steps).some(stranded)) return null;
  if (delta.columns) {
    const trim = (cells: Cells) => Object.fromEntries(Object.entries(cells).filter(([c]) => live.has(c)));
    board = { ...board, projects: trim(board.projects), steps: Object.fromEntries(Object.entries(board.steps).map(([id, lane]) => [id, trim(lane)])) };
  }
  let steps = plan.steps;
  if (delta.steps) {
    steps = { ...steps };
    for (const [id, s] of Object.entries(delta.steps)) {
      const now = Object.hasOwn(steps, id) ? steps[id]! : null;
      if (!sameData(now, s.from)) return null;
      if (s.to) steps[id] = s.to;
      else delete steps[id];
    }
  }
  let projects = plan.projects;
  if (delta.fields) {
    projects = { ...projects };
    for (const [id, f] of Object.entries(delta.fields)) {
      const now = projects[id];
      if (!now) return null;
      for (const key of Object.keys(f.from) as Array<keyof ProjectBoardFields>) if (!sameData(now[key], f.from[key])) return null;
      projects[id] = { ...now, ...f.to };
    }
  }
  return { ...plan, board: { ...board, collapsedLanes: plan.board.collapsedLanes }, steps, projects };
}

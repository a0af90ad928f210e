import type { Board, Cells, Column } from '../plan-schema';
import { BoardMoveError } from './board-moves';

export const MAX_COLUMNS = 20;

const mapCells = (board: Board, change: (cells: Cells) => Cells): Board => ({
  ...board,
  projects: change(board.projects),
  steps: Object.fromEntries(Object.entries(board.steps).map(([projectId, lane]) => [projectId, change(lane)])),
});

function columnIndex(board: Board, columnId: string): number {
  const index = board.columns.findIndex((c) => c.id === columnId);
  if (index < 0) throw new BoardMoveError('unknown-column', `There is no column ${columnId} on this board.`);
  return index;
}

/** Adds an empty column at `index` (default: the end), with an empty cell in every lane. */
export function addColumn(board: Board, column: Column, index = board.columns.length): Board {
  if (board.columns.length >= MAX_COLUMNS) throw new BoardMoveError('out-of-range', `A board can have at most ${MAX_COLUMNS} columns.`);
  if (board.columns.some((c) => c.id === column.id)) throw new BoardMoveError('unknown-column', `Column ${column.id} already exists.`);
  if (!Number.isInteger(index) || index < 0 || index > board.columns.length) throw new BoardMoveError('out-of-range', `Position ${index} is outside the board.`);
  const columns = [...board.columns.slice(0, index), column, ...board.columns.slice(index)];
  return mapCells({ ...board, columns }, (cells) => ({ ...cells, [column.id]: [] }));
}

export function updateColumn(board: Board, columnId: string, patch: Partial<Omit<Column, 'id'>>): Board {
  const index = columnIndex(board, columnId);
  const columns = board.columns.slice();
  columns[index] = { ...columns[index]!, ...patch };
  return { ...board, columns };
}

export function moveColumn(board: Board, columnId: string, toIndex: number): Board {
  const from = columnIndex(board, columnId);
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= board.columns.length) throw new BoardMoveError('out-of-range', `Position ${toIndex} is outside the board.`);
  if (from === toIndex) return board;
  const columns = board.columns.slice();
  columns.splice(toIndex, 0, ...columns.splice(from, 1));
  return { ...board, columns };
}

/**
 * Removes a column; its project cards and every lane's step cards go to the end of `moveTo`, in
 * their order, so deleting a column never loses a card.
 */
export function deleteColumn(board: Board, columnId: string, moveTo: string): Board {
  columnIndex(board, columnId);
  columnIndex(board, moveTo);
  if (columnId === moveTo) throw new BoardMoveError('unknown-column', 'Cards cannot be moved to the column being deleted.');
  if (board.columns.length <= 1) throw new BoardMoveError('out-of-range', 'The last column cannot be deleted.');
  const columns = board.columns.filter((c) => c.id !== columnId);
  return mapCells({ ...board, columns }, (cells) => {
    const { [columnId]: leaving = [], ...rest } = cells;
    return { ...rest, [moveTo]: [...(rest[moveTo] ?? []), ...leaving] };
  });
}

export function cardCount(board: Board, columnId: string): number {
  let count = board.projects[columnId]?.length ?? 0;
  for (const lane of Object.values(board.steps)) count += lane[columnId]?.length ?? 0;
  return count;
}

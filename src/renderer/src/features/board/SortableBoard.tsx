import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { arrayMove, dropIndex, findCard } from '@shared/domain/board-moves';
import type { Cells, Column } from '@shared/plan-schema';
import { BoardColumn } from './BoardColumn';
import { COLUMN_PREFIX, columnTitleIn, containerOf, instructions, makeAnnouncements } from './drag-announcements';
import { boardCollisionDetection, newTracking, type DragTracking } from './drag-tracking';
import { bufferDragKeys } from './key-buffer';
import { CardBody } from './SortableCard';
import { listOrderCoordinates } from './keyboard-coordinates';
import { pointerDrags, type PointerDrags } from './pointer-drag';
import type { DropTarget } from './drop-target';
import './drag.css';
import { RovingContext, useRovingStore } from './roving';

export interface SortableBoardProps {
  columns: readonly Column[];
  cells: Cells;
  /** Which cards to show; hidden cards keep their places and are moved around. */
  isVisible?: (id: string) => boolean;
  kind: 'project' | 'step';
  /** Which cards count towards a column's total and WIP limit (default: all). */
  isCounted?: (id: string) => boolean;
  className?: string;
  nameOf(id: string): string;
  listLabel(column: Column): string;
  renderHeader?(column: Column, count: number, shown: number): ReactNode;
  renderCard(id: string): ReactNode;
  /** Below a column's cards (a lane's quick add). */
  renderFooter?(column: Column): ReactNode;
  /** `toIndex` is a position in the full column (hidden cards counted), ready for main. */
  onMove(id: string, toColumn: string, toIndex: number): void;
  emptyText?: string;
}

/**
 * Columns of sortable cards. Mouse, pen and touch drags are pointer-drag.ts's: a copy of the card
 * follows the pointer and a line shows where it will land, with no render until the drop (issue 18).
 * Keyboard drags are dnd-kit's MultipleContainers pattern: a draft of the cells follows
 * the card between columns. Either way the final place is sent up once on drop and nothing on
 * cancel, and nothing is sent when the card ends where it started.
 */
export function SortableBoard(props: SortableBoardProps) {
  const { columns, cells, isVisible, kind, nameOf, onMove } = props;
  const visibleCells = useMemo(() => {
    if (!isVisible) return cells;
    return Object.fromEntries(Object.entries(cells).map(([col, ids]) => [col, ids.filter(isVisible)]));
  }, [cells, isVisible]);
  const [draft, setDraft] = useState<Cells | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  /** The column the dragged card is over: one state, so only two columns re-render when it changes. */
  const [overColumn, setOverColumn] = useState<string | null>(null);
  /** The card a mouse or pen holds (pointer-drag.ts); set once at pick-up, once at the drop. */
  const [heldId, setHeldId] = useState<string | null>(null);
  const row = useRef<HTMLDivElement>(null);
  const shown = draft ?? visibleCells;
  const live = useRef({ shown, origin: visibleCells, columns, cells, nameOf, onMove, dndActive: false });
  live.current.shown = shown;
  live.current.columns = columns;
  live.current.cells = cells;
  live.current.nameOf = nameOf;
  live.current.onMove = onMove;
  live.current.dndActive = activeId !== null;
  if (!draft) live.current.origin = visibleCells;
  const track = useRef<DragTracking>(newTracking()).current;
  // One Tab stop for the board's cards (roving tabindex, issue 14); arrows move between them.
  const columnOrder = useMemo(() => columns.map((c) => c.id), [columns]);
  const roving = useRovingStore(visibleCells, columnOrder);
  const stopKeyBuffer = useRef<(() => void) | null>(null);

  const engine = useMemo(() => {
    const current = () => live.current.shown;
    return {
      collision: boardCollisionDetection(track),
      keyboard: listOrderCoordinates(track, current, () => live.current.columns.map((c) => c.id)),
    };
  }, [track]);
  const sensors = useSensors(
    useSensor(KeyboardSensor, { coordinateGetter: engine.keyboard }),
  );
  const accessibility = useMemo(
    () => ({
      announcements: makeAnnouncements({ kind, nameOf, columns, shown: () => live.current.shown, origin: () => live.current.origin }),
      screenReaderInstructions: instructions(kind),
    }),
    [kind, nameOf, columns],
  );

  useEffect(() => () => stopKeyBuffer.current?.(), []);

  // Mouse, pen and touch drags: made once; everything they read comes from `live` at the time.
  const pointer = useRef<PointerDrags | null>(null);
  useEffect(() => {
    const board = row.current;
    if (!board) return;
    const drags = pointerDrags(board, {
      kind,
      shown: () => live.current.shown,
      nameOf: (id) => live.current.nameOf(id),
      columnTitle: (columnId) => columnTitleIn(live.current.columns, columnId),
      busy: () => live.current.dndActive,
      onLift: setHeldId,
      onSettle: () => setHeldId(null),
      onDrop: (id, target) => dropHeld(live.current, id, target),
    });
    pointer.current = drags;
    return () => {
      pointer.current = null;
      drags.dispose();
    };
  }, [kind]);

  const finish = () => {
    stopKeyBuffer.current?.();
    stopKeyBuffer.current = null;
    Object.assign(track, newTracking());
    setDraft(null);
    setActiveId(null);
    setOverColumn(null);
  };

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    Object.assign(track, newTracking());
    if (typeof KeyboardEvent !== 'undefined' && activatorEvent instanceof KeyboardEvent) stopKeyBuffer.current = bufferDragKeys(activatorEvent);
    setActiveId(String(active.id));
    setDraft(visibleCells);
  };

  /**
   * Moves the draft card into the column it is over — only when that column really differs from
   * the one it is shown in, so a render that changes nothing sets no state (issue 12 case 1).
   */
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return setOverColumn(null);
    const id = String(active.id);
    const overId = String(over.id);
    const d = live.current.shown;
    const from = containerOf(d, id);
    const to = containerOf(d, overId);
    setOverColumn(to);
    if (!from || !to || from === to || !d[to]) return;
    const target = d[to]!;
    const overIndex = target.indexOf(overId);
    const translated = active.rect.current.translated;
    const below = translated !== null && translated.top > over.rect.top + over.rect.height / 2;
    const index = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
    const next = { ...d, [from]: d[from]!.filter((x) => x !== id), [to]: [...target.slice(0, index), id, ...target.slice(index)] };
    live.current.shown = next;
    // A keyboard move into a column lands where the card now is, not one place past its neighbour.
    if (track.keyboardTarget !== null) track.keyboardTarget = id;
    setDraft(next);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const d = live.current.shown;
    finish();
    if (!over) return;
    const id = String(active.id);
    const overId = String(over.id);
    const column = containerOf(d, id);
    if (!column || !cells[column]) return;
    let list = d[column]!;
    if (!overId.startsWith(COLUMN_PREFIX) && overId !== id && containerOf(d, overId) === column) {
      list = arrayMove(list, list.indexOf(id), list.indexOf(overId));
    }
    const toIndex = dropIndex(cells[column]!, live.current.origin[column] ?? [], id, list.indexOf(id));
    const origin = findCard(cells, id);
    if (toIndex === null || (origin && origin.column === column && origin.index === toIndex)) return;
    onMove(id, column, toIndex);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={engine.collision}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
    >
      <RovingContext.Provider value={roving}>
      <div ref={row} className={props.className ?? 'board-columns'} onPointerDown={(e) => pointer.current?.onPointerDown(e.nativeEvent)}>
        {columns.map((column) => (
          <BoardColumn
            key={column.id}
            column={column}
            ids={shown[column.id] ?? []}
            kind={kind}
            listLabel={props.listLabel(column)}
            count={countIn(cells[column.id], props.isCounted)}
            isOver={overColumn === column.id}
            activeId={activeOf(shown[column.id], activeId ?? heldId)}
            renderHeader={props.renderHeader}
            renderFooter={props.renderFooter}
            nameOf={nameOf}
            renderCard={props.renderCard}
            emptyText={props.emptyText ?? 'Drop cards here'}
          />
        ))}
      </div>
      </RovingContext.Provider>
      <DragOverlay>
        {activeId ? (
          // inert: the copy under the pointer holds no focusable control (the real card keeps the focus).
          <div className={`card ${kind}-card drag-overlay dnd-overlay`} aria-hidden="true" inert>
            <CardBody id={activeId} renderCard={props.renderCard} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

/** The dragged card when it is in `ids` (a long column keeps it mounted), else null. */
const activeOf = (ids: readonly string[] | undefined, id: string | null) => (id !== null && ids?.includes(id) ? id : null);

/**
 * Sends a pointer drag's drop up as a move in the full column (hidden cards counted): `target` is a
 * place among the column's shown cards without the dragged one. Nothing is sent when the card
 * lands where it was, or when it or the column is gone (the plan changed mid-drag).
 */
function dropHeld(live: { cells: Cells; shown: Cells; onMove: SortableBoardProps['onMove'] }, id: string, target: DropTarget) {
  const full = live.cells[target.column];
  const origin = findCard(live.cells, id);
  if (!full || !origin) return;
  const toIndex = dropIndex(full, live.shown[target.column] ?? [], id, target.index);
  if (toIndex === null || (origin.column === target.column && origin.index === toIndex)) return;
  live.onMove(id, target.column, toIndex);
}

const countIn = (ids: readonly string[] | undefined, isCounted?: (id: string) => boolean) =>
  !ids ? 0 : isCounted ? ids.filter(isCounted).length : ids.length;

import { useCallback, useRef } from 'react';
import type { Column, Plan } from '@shared/plan-schema';
import { CardMenuHost } from './CardMenuHost';
import { ColumnHeader } from './ColumnHeader';
import { ProjectCardContent } from './ProjectCardContent';
import { QuickAddProject } from './QuickAddProject';
import { SideScroll } from './SideScroll';
import { SortableBoard } from './SortableBoard';
import type { useBoardModel } from './use-board-model';

interface Props {
  plan: Plan;
  model: ReturnType<typeof useBoardModel>;
  onMove(id: string, toColumn: string, toIndex: number): unknown;
  onOpen(id: string): void;
  onOpenWeek(week: number): void;
  onColumnSettings(columnId: string): void;
  onRenameColumn?(columnId: string, title: string): unknown;
}

const listLabel = (column: Column) => column.title;

/** The ten (or more) projects across the board's columns. */
export function ProjectBoard({ plan, model, onMove, onOpen, onOpenWeek, onColumnSettings, onRenameColumn }: Props) {
  const { info, progressOf } = model;
  const nameOf = useCallback((id: string) => info(id).name, [info]);
  const projects = plan.projects;
  const renderCard = useCallback(
    (id: string) => {
      const p = info(id);
      const { done, total } = progressOf(id);
      const progress = projects[id];
      return (
        <ProjectCardContent
          id={id}
          name={p.name}
          stack={p.stack}
          weeks={p.weeks}
          done={done}
          total={total}
          startedOn={progress?.startedOn ?? null}
          finishedOn={progress?.finishedOn ?? null}
          onOpen={onOpen}
          onOpenWeek={onOpenWeek}
        />
      );
    },
    [info, progressOf, projects, onOpen, onOpenWeek],
  );
  const renderHeader = useCallback(
    (column: Column, count: number, shown: number) => <ColumnHeader column={column} count={count} shown={shown} onSettings={onColumnSettings} onRename={onRenameColumn} />,
    [onColumnSettings, onRenameColumn],
  );
  // The quick add reads the board when Enter is pressed, through a stable getter, so a move does
  // not hand every column a new footer (the columns are memoised for drag performance, issue 18).
  const latest = useRef({ plan, info });
  latest.current = { plan, info };
  const boardNow = useCallback(() => {
    const { plan: now, info: infoNow } = latest.current;
    return { columns: now.board.columns, cells: now.board.projects, names: Object.keys(now.projects).map((id) => infoNow(id).name) };
  }, []);
  const renderFooter = useCallback((column: Column) => <QuickAddProject column={column} boardNow={boardNow} />, [boardNow]);
  return (
    <CardMenuHost columns={plan.board.columns} cells={plan.board.projects} nameOf={nameOf} onMove={onMove} onOpen={onOpen}>
    <SideScroll label="Project columns">
    <SortableBoard
      kind="project"
      columns={plan.board.columns}
      cells={plan.board.projects}
      isVisible={model.projectVisible}
      nameOf={nameOf}
      listLabel={listLabel}
      renderHeader={renderHeader}
      renderCard={renderCard}
      renderFooter={renderFooter}
      onMove={onMove}
      emptyText={model.filtering ? 'No matching cards' : 'Drop projects here'}
    />
    </SideScroll>
    </CardMenuHost>
  );
}

import { memo, useCallback, useId, useRef } from 'react';
import type { Cells, Column, Step } from '@shared/plan-schema';
import { useBoardActionsContext } from './board-actions-context';
import { CardMenuHost } from './CardMenuHost';
import { ColumnHeader } from './ColumnHeader';
import { QuickAdd } from './QuickAdd';
import { SideScroll } from './SideScroll';
import { SortableBoard } from './SortableBoard';
import { StepCardContent } from './StepCardContent';
import { useNearViewport } from './use-near-viewport';

interface Props {
  projectId: string;
  name: string;
  columns: readonly Column[];
  lane: Cells;
  /** This project's steps only, so an edit elsewhere leaves this lane alone. */
  steps: Readonly<Record<string, Step>>;
  done: number;
  total: number;
  collapsed: boolean;
  /** A focused board cannot be collapsed. */
  collapsible: boolean;
  /** The filter, when one is set. */
  matches?: (step: Step) => boolean;
  onMove(projectId: string, stepId: string, toColumn: string, toIndex: number): unknown;
  onToggle(projectId: string, collapsed: boolean): void;
  onOpen(projectId: string): void;
}

const listLabel = (column: Column) => column.title;

/** One project's swimlane: its steps across the board's columns. */
export const StepLane = memo(function StepLane(props: Props) {
  const { projectId, name, steps, onMove, matches } = props;
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const near = useNearViewport(sectionRef);
  const nameOf = useCallback((id: string) => steps[id]?.title ?? id, [steps]);
  const renderCard = useCallback((id: string) => {
    const step = steps[id];
    return step ? <StepCardContent id={id} title={step.title} builtin={step.builtin} completedOn={step.completedOn} /> : null;
  }, [steps]);
  const move = useCallback((id: string, toColumn: string, toIndex: number) => onMove(projectId, id, toColumn, toIndex), [onMove, projectId]);
  const visible = useCallback((id: string) => {
    const step = steps[id];
    return step !== undefined && step.state === 'active' && (!matches || matches(step));
  }, [steps, matches]);
  const isActive = useCallback((id: string) => steps[id]?.state === 'active', [steps]);
  const renderHeader = useCallback((column: Column, count: number, shown: number) => <ColumnHeader column={column} count={count} shown={shown} compact />, []);
  const renderFooter = useCallback((column: Column) => <QuickAdd projectId={projectId} column={column} />, [projectId]);
  const { done, total } = props;
  const actions = useBoardActionsContext();
  const { onOpen } = props;
  const openProject = useCallback(() => onOpen(projectId), [onOpen, projectId]);
  const archive = useCallback((id: string) => actions?.updateStep({ stepId: id, patch: { state: 'archived' } }), [actions]);
  return (
    <section ref={sectionRef} className={`lane${props.collapsed ? ' collapsed' : ''}`} aria-labelledby={headingId}>
      <header className="lane-header">
        <h2 id={headingId} className="lane-title">
          {props.collapsible ? (
            <button type="button" className="lane-toggle" aria-expanded={!props.collapsed} onClick={() => props.onToggle(projectId, !props.collapsed)}>
              <span aria-hidden="true" className="chevron">{props.collapsed ? '▸' : '▾'}</span> Steps of {name}
            </button>
          ) : (
            <>Steps of {name}</>
          )}
        </h2>
        <progress max={Math.max(total, 1)} value={done} aria-label={`Steps done in ${name}: ${done} of ${total}`} />
        <span className="progress-text">{done}/{total}</span>
        <button type="button" className="button ghost small" onClick={() => props.onOpen(projectId)}>
          Details
        </button>
      </header>
      {!props.collapsed && !near && <div className="lane-placeholder" aria-busy="true" />}
      {!props.collapsed && near && (
        <CardMenuHost columns={props.columns} cells={props.lane} nameOf={nameOf} onMove={move} onOpen={openProject} onArchive={archive}>
        <SideScroll label={`Columns of the steps of ${name}`}>
        <SortableBoard
          kind="step"
          className="board-columns lane-columns"
          columns={props.columns}
          cells={props.lane}
          isVisible={visible}
          isCounted={isActive}
          nameOf={nameOf}
          listLabel={listLabel}
          renderHeader={renderHeader}
          renderCard={renderCard}
          renderFooter={renderFooter}
          onMove={move}
          emptyText="—"
        />
        </SideScroll>
        </CardMenuHost>
      )}
    </section>
  );
});

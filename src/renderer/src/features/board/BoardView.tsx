import { useCallback, useEffect, useState } from 'react';
import { EMPTY_FILTER, type BoardFilter } from '@shared/domain/board-filter';
import { useAppState } from '../../app-state';
import { useNavigation } from '../../navigation';
import { useHistoryDepth } from './board-history-store';
import { AddProjectDialog } from './AddProjectDialog';
import { BoardToolbar, type BoardMode } from './BoardToolbar';
import { CardDetails } from './CardDetails';
import { ColumnDialog } from './ColumnDialog';
import { Dialog } from './Dialog';
import { ProjectBoard } from './ProjectBoard';
import { StepLanes } from './StepLanes';
import { ArchivedSteps } from './StepEditor';
import { useBoardActions } from './use-board-actions';
import { useBoardModel } from './use-board-model';
import { useBoardShortcuts } from './use-board-shortcuts';
import { ShortcutsSheet } from './ShortcutsSheet';
import { UndoToast } from './UndoToast';
import { announce } from '../../a11y/announce';
import { BoardActionsContext } from './board-actions-context';
import { FilterCount } from './board-counts';
import './board.css';

type ColumnEdit = { columnId: string | null } | null;

/** The kanban board: projects across columns, or each project's steps as swimlanes. */
export function BoardView() {
  const { plan, curriculum, reportError } = useAppState();
  const { focusedProjectId, clearFocus, openWeek } = useNavigation();
  const actions = useBoardActions();
  const { canUndo, canRedo } = useHistoryDepth();
  const [mode, setMode] = useState<BoardMode>('projects');
  const [focus, setFocus] = useState<string | null>(null);
  const [filter, setFilter] = useState<BoardFilter>(EMPTY_FILTER);
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const [columnEdit, setColumnEdit] = useState<ColumnEdit>(null);
  const [archiveOpen, setArchiveOpen] = useState(false);
  const [addProjectOpen, setAddProjectOpen] = useState(false);
  const model = useBoardModel(plan, curriculum, filter);

  // Other views ask for a project's details through navigation; act once, then let go.
  useEffect(() => {
    if (!focusedProjectId) return;
    if (focusedProjectId in plan.projects) setDetailsId(focusedProjectId);
    clearFocus();
  }, [focusedProjectId, clearFocus, plan.projects]);

  const { moveProject, moveStep, setLaneCollapsed, undo, redo } = actions;
  const onMoveProject = useCallback((id: string, to: string, index: number) => moveProject(id, to, index), [moveProject]);
  const onMoveStep = useCallback((projectId: string, id: string, to: string, index: number) => moveStep(projectId, id, to, index), [moveStep]);
  const onToggleLane = useCallback((id: string, collapsed: boolean) => void setLaneCollapsed(id, collapsed), [setLaneCollapsed]);
  const onOpenWeek = useCallback((week: number) => openWeek(week), [openWeek]);
  const onColumnSettings = useCallback((columnId: string) => setColumnEdit({ columnId }), []);
  const onUndo = useCallback(() => undo().then((ok) => ok && announce('Undone: the board is back as it was before your last change.')), [undo]);
  const onRedo = useCallback(() => void redo().then((ok) => ok && announce('Redone: your change is back on the board.')), [redo]);
  const [helpOpen, setHelpOpen] = useState(false);
  const onHelp = useCallback(() => setHelpOpen(true), []);
  const onSearch = useCallback(() => document.getElementById('board-search')?.focus(), []);
  useBoardShortcuts({ onUndo, onRedo, onHelp, onSearch });
  const { updateColumn } = actions;
  const onRenameColumn = useCallback((columnId: string, title: string) => updateColumn({ columnId, patch: { title } }), [updateColumn]);
  const onAddColumn = useCallback(() => setColumnEdit({ columnId: null }), []);
  const onArchive = useCallback(() => setArchiveOpen(true), []);
  const onAddProject = useCallback(() => setAddProjectOpen(true), []);

  const details = detailsId && detailsId in plan.projects ? model.info(detailsId) : null;
  const editing = columnEdit ? (plan.board.columns.find((c) => c.id === columnEdit.columnId) ?? null) : undefined;

  return (
    <BoardActionsContext.Provider value={actions}>
    <div className="board-view">
      <h1 className="visually-hidden">Board</h1>
      <BoardToolbar
        mode={mode}
        onMode={setMode}
        filter={filter}
        onFilter={setFilter}
        tags={model.tags}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={onUndo}
        onRedo={onRedo}
        onAddColumn={onAddColumn}
        onAddProject={onAddProject}
        onArchive={onArchive}
        onHelp={onHelp}
      />
      <FilterCount plan={plan} model={model} mode={mode} />
      <section id="board-cards" className="board-cards" tabIndex={-1} aria-label={mode === 'projects' ? 'Project cards' : 'Step cards'}>
      {mode === 'projects' ? (
        <ProjectBoard plan={plan} model={model} onMove={onMoveProject} onOpen={setDetailsId} onOpenWeek={onOpenWeek} onColumnSettings={onColumnSettings} onRenameColumn={onRenameColumn} />
      ) : (
        <>
          <label className="focus-picker">
            Board for
            <select className="input" value={focus ?? ''} onChange={(e) => setFocus(e.target.value || null)}>
              <option value="">All projects (swimlanes)</option>
              {model.projectOrder.map((id) => <option key={id} value={id}>{model.info(id).name}</option>)}
            </select>
          </label>
          <StepLanes plan={plan} model={model} focus={focus && focus in plan.projects ? focus : null} onMove={onMoveStep} onToggle={onToggleLane} onOpen={setDetailsId} />
        </>
      )}
      </section>
      {details && (
        <CardDetails
          key={details.id}
          plan={plan}
          project={details}
          done={model.progressOf(details.id).done}
          total={model.progressOf(details.id).total}
          actions={actions}
          onClose={() => setDetailsId(null)}
          onOpenWeek={onOpenWeek}
          reportError={reportError}
        />
      )}
      {editing !== undefined && <ColumnDialog key={editing?.id ?? 'new'} board={plan.board} column={editing} actions={actions} onClose={() => setColumnEdit(null)} />}
      {helpOpen && <ShortcutsSheet onClose={() => setHelpOpen(false)} />}
      <UndoToast onUndo={onUndo} />
      {addProjectOpen && <AddProjectDialog actions={actions} onClose={() => setAddProjectOpen(false)} />}
      {archiveOpen && (
        <Dialog title="Archived and deleted steps" onClose={() => setArchiveOpen(false)}>
          <div className="dialog-body">
            <ArchivedSteps plan={plan} actions={actions} projectName={(id) => model.info(id).name} headingLevel={3} />
          </div>
        </Dialog>
      )}
    </div>
    </BoardActionsContext.Provider>
  );
}

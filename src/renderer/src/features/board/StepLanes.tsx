import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Plan, Step } from '@shared/plan-schema';
import { unfreeze } from './pointer-drag';
import { StepLane } from './StepLane';
import type { useBoardModel } from './use-board-model';

interface Props {
  plan: Plan;
  model: ReturnType<typeof useBoardModel>;
  /** One project's focused board, or null for every project's swimlane. */
  focus: string | null;
  onMove(projectId: string, stepId: string, toColumn: string, toIndex: number): unknown;
  onToggle(projectId: string, collapsed: boolean): void;
  onOpen(projectId: string): void;
}

type StepsById = Readonly<Record<string, Step>>;

/**
 * Groups steps by project, keeping last render's group whenever none of its steps changed, so a
 * change in one lane does not re-render the other lanes.
 */
function useStepsByProject(steps: Plan['steps']): Map<string, StepsById> {
  const previous = useRef(new Map<string, StepsById>());
  return useMemo(() => {
    const groups = new Map<string, Record<string, Step>>();
    for (const step of Object.values(steps)) {
      let group = groups.get(step.projectId);
      if (!group) groups.set(step.projectId, (group = {}));
      group[step.id] = step;
    }
    const result = new Map<string, StepsById>();
    for (const [projectId, group] of groups) {
      const old = previous.current.get(projectId);
      const same = old && Object.keys(old).length === Object.keys(group).length && Object.entries(group).every(([id, s]) => old[id] === s);
      result.set(projectId, same ? old : group);
    }
    previous.current = result;
    return result;
  }, [steps]);
}

const NO_STEPS: StepsById = {};

export function StepLanes({ plan, model, focus, onMove, onToggle, onOpen }: Props) {
  const byProject = useStepsByProject(plan.steps);
  const collapsed = useMemo(() => new Set(plan.board.collapsedLanes), [plan.board.collapsedLanes]);
  const ids = focus ? [focus] : model.projectOrder.filter((id) => !model.projectVisible || laneHasMatch(id));
  // The lanes changed while a pointer drag may hold the page still (another window's edit): one that
  // was off screen and left unrendered may have moved into sight.
  useLayoutEffect(unfreeze);

  function laneHasMatch(projectId: string) {
    if (model.projectVisible?.(projectId)) return true;
    return Object.values(byProject.get(projectId) ?? NO_STEPS).some((s) => s.state === 'active' && model.stepMatches!(s));
  }

  if (ids.length === 0) return <p className="muted empty-state">No steps match the filter.</p>;
  return (
    <div className="lanes">
      {ids.map((id) => (
        <StepLane
          key={id}
          projectId={id}
          name={model.info(id).name}
          columns={plan.board.columns}
          lane={plan.board.steps[id] ?? {}}
          steps={byProject.get(id) ?? NO_STEPS}
          done={model.progressOf(id).done}
          total={model.progressOf(id).total}
          collapsed={!focus && collapsed.has(id)}
          collapsible={!focus}
          matches={model.stepMatches}
          onMove={onMove}
          onToggle={onToggle}
          onOpen={onOpen}
        />
      ))}
    </div>
  );
}

import { useEffect, useMemo, useRef } from 'react';
import { learnerProject } from '@shared/domain/learner-project';
import { isFinished } from '@shared/domain/schedule';
import { useNavigation } from '../../navigation';
import { ActivityHeatmap } from './ActivityHeatmap';
import { BurnUpChart } from './BurnUpChart';
import { OnboardingPanel } from './OnboardingPanel';
import { ProgressStats, standingText } from './ProgressStats';
import { SchedulePanel } from './SchedulePanel';
import { WeekCard } from './WeekCard';
import { useRoadmap } from './use-roadmap';
import { useOpenRoadmapTitle } from '../roadmaps/use-open-roadmap-title';
import './roadmap.css';

type WeekProjects = ReadonlyArray<{ id: string; name: string }>;

export function RoadmapView() {
  const roadmap = useRoadmap();
  const { curriculum, plan, roadmap: planned, chart, heatmap } = roadmap;
  const { summary, schedule } = planned;
  const title = useOpenRoadmapTitle();
  const { focusedWeek, clearFocus, openProject } = useNavigation();
  // Each week lists the projects whose stack, as the learner has it, fits it by the one rule
  // (issue 15), their own projects included. A week's list keeps its identity while unchanged,
  // so an edit to one project does not re-render every week card.
  const lastByWeek = useRef<WeekProjects[]>([]);
  const projectsByWeek = useMemo(() => {
    const roadmapIds = new Set(curriculum.projects.map((p) => p.id));
    const own = Object.keys(plan.projects).filter((id) => plan.projects[id]!.custom && !roadmapIds.has(id));
    const mine = [
      ...curriculum.projects.map((p) => learnerProject(p, plan.projects[p.id], p.id, curriculum.weekLinks)),
      ...own.map((id) => learnerProject(undefined, plan.projects[id], id, curriculum.weekLinks)),
    ];
    const next = curriculum.weeks.map((w, i): WeekProjects => {
      const list = mine.filter((p) => p.weeks.includes(w.number)).map((p) => ({ id: p.id, name: p.name }));
      const last = lastByWeek.current[i];
      return last && last.length === list.length && last.every((p, j) => p.id === list[j]!.id && p.name === list[j]!.name) ? last : list;
    });
    lastByWeek.current = next;
    return next;
  }, [curriculum, plan.projects]);

  // A link from a project card asks for a week: bring it into view and put focus on its title.
  useEffect(() => {
    if (focusedWeek === null) return;
    const card = document.getElementById(`week-card-${focusedWeek}`);
    card?.scrollIntoView({ block: 'start' });
    document.getElementById(`week-${focusedWeek}`)?.focus();
    clearFocus();
  }, [focusedWeek, clearFocus]);

  const jumpTo = (week: number) => {
    document.getElementById(`week-card-${week}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    document.getElementById(`week-${week}`)?.focus({ preventScroll: true });
  };

  const chartSummary = `${standingText(summary)}. ${summary.weeksDone} of ${summary.weeksTotal} weeks done${
    summary.plannedFinish ? `, planned finish ${summary.plannedFinish}` : ''
  }${summary.forecastFinish ? `, forecast finish ${summary.forecastFinish}` : ''}.`;

  return (
    <div className="roadmap">
      <header className="view-header roadmap-header">
        <div>
          <h1 dir="auto">{title}</h1>
          <p className="muted">{curriculum.subtitle}</p>
        </div>
        {summary.currentWeek !== null && (
          <button type="button" className="button" onClick={() => jumpTo(summary.currentWeek!)}>
            Go to week {summary.currentWeek}
          </button>
        )}
      </header>
      {!plan.settings.onboarded && <OnboardingPanel roadmap={roadmap} />}
      <div className="roadmap-overview panel">
        <ProgressStats summary={summary} />
        <div className="roadmap-charts">
          <BurnUpChart data={chart} summary={chartSummary} />
          <div>
            <fieldset className="heatmap-mode">
              <legend>Heatmap shows</legend>
              {(['ticks', 'hours'] as const).map((unit) => (
                <label key={unit}>
                  <input type="radio" name="heatmap-unit" checked={heatmap.unit === unit} onChange={() => roadmap.setHeatmapUnit(unit)} />{' '}
                  {unit === 'ticks' ? 'Ticks' : 'Study hours'}
                </label>
              ))}
            </fieldset>
            <ActivityHeatmap weeks={heatmap.weeks} unit={heatmap.unit} />
          </div>
        </div>
      </div>
      <SchedulePanel roadmap={roadmap} />
      <ol className="week-list" aria-label="Roadmap weeks">
        {curriculum.weeks.map((week, i) => (
          <WeekCard
            key={week.number}
            week={week}
            progress={plan.weeks[i]!}
            scheduled={schedule.weeks[i]!}
            projects={projectsByWeek[i]!}
            isCurrent={summary.currentWeek === week.number}
            isToday={summary.plannedWeekToday === week.number}
            isOverdue={!schedule.provisional && !isFinished(plan.weeks[i]!.status) && schedule.weeks[i]!.plannedEnd < roadmap.today}
            onGoal={roadmap.setGoal}
            onTask={roadmap.setTask}
            onLogStudy={roadmap.logStudy}
            onStatus={roadmap.setStatus}
            onUpdate={roadmap.updateWeek}
            onOpenLink={roadmap.openLink}
            onOpenProject={openProject}
          />
        ))}
      </ol>
    </div>
  );
}

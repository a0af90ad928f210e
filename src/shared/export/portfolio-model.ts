import type { Curriculum } from '../curriculum-schema';
import { summarizeProgress } from '../domain/pacing';
import type { CalendarDate, Plan, Settings } from '../plan-schema';
import { learnerProject } from '../domain/learner-project';
import { safeHttpUrl } from './safe-url';
import { readableUrl } from './readable-url';

export type PortfolioOptions = Settings['portfolio'];

export interface PortfolioLink {
  label: string;
  /** Already passed through safeHttpUrl: renderers may emit it as is (after format escaping). */
  url: string;
}

export interface PortfolioProject {
  id: string;
  name: string;
  description: string;
  stack: string[];
  status: 'done' | 'in-progress';
  /** Which kind of column the card is in: its badge says so ("In progress", "In review", "Done"). */
  stage: 'doing' | 'review' | 'done';
  stepsDone: string[];
  stepsTotal: number;
  repoUrl: string | null;
  startedOn: CalendarDate | null;
  finishedOn: CalendarDate | null;
  /** Null when notes are not included or the project has none. */
  notes: string | null;
}

/**
 * What the learner has learned, for readers of the portfolio: never the pace against the plan
 * ("behind") nor a forecast — those are for the learner (issue 15, private progress).
 */
export interface PortfolioProgress {
  weeksDone: number;
  weeksTotal: number;
  goalsDone: number;
  goalsTotal: number;
  /** Whole percent, 0..100. */
  goalPercent: number;
  tasksDone: number;
  tasksTotal: number;
  /** The week being studied now; null when every week is finished. */
  currentWeek: { number: number; focus: string } | null;
}

export interface SkillGroup {
  week: number;
  focus: string;
  goals: string[];
}

/**
 * Everything the portfolio shows, decided once. The Markdown and HTML renderers and the in-app
 * preview all draw this same model, so the preview cannot drift from what is exported.
 */
export interface PortfolioModel {
  title: string;
  name: string;
  headline: string;
  links: PortfolioLink[];
  generatedOn: CalendarDate;
  projects: PortfolioProject[];
  /** inProgress: every started project not done (In progress and Review); stages splits it by column kind. */
  counts: { done: number; inProgress: number; total: number; stages?: { doing: number; review: number } };
  progress: PortfolioProgress | null;
  skills: SkillGroup[];
}

export function buildPortfolioModel(curriculum: Curriculum, plan: Plan, options: PortfolioOptions, today: CalendarDate): PortfolioModel {
  const roleOf = new Map(plan.board.columns.map((c) => [c.id, c.role]));
  const projectRole = new Map<string, string>();
  for (const [columnId, ids] of Object.entries(plan.board.projects)) {
    for (const id of ids) projectRole.set(id, roleOf.get(columnId) ?? 'todo');
  }
  const statusOf = (id: string): PortfolioProject['status'] | null => {
    const role = projectRole.get(id);
    if (role === 'done') return 'done';
    if (role === 'doing' || role === 'review') return 'in-progress';
    return null;
  };

  // The roadmap's projects in roadmap order, then the learner's own in the order they were added.
  const roadmapIds = curriculum.projects.map((p) => p.id);
  const ownIds = Object.keys(plan.projects).filter((id) => plan.projects[id]!.custom && !roadmapIds.includes(id));
  const all = [...roadmapIds, ...ownIds].flatMap((projectId): PortfolioProject[] => {
    const status = statusOf(projectId);
    const stage = projectRole.get(projectId);
    const progress = plan.projects[projectId];
    if (!status || !progress) return [];
    // The learner's words (issue 15): their name, description and stack over the roadmap's.
    const project = learnerProject(curriculum.projects.find((p) => p.id === projectId), progress, projectId);
    const lane = plan.board.steps[project.id] ?? {};
    const active = Object.values(plan.steps).filter((s) => s.projectId === project.id && s.state === 'active');
    const activeIds = new Set(active.map((s) => s.id));
    const stepsDone = plan.board.columns
      .filter((c) => c.role === 'done')
      .flatMap((c) => lane[c.id] ?? [])
      .filter((id) => activeIds.has(id))
      .map((id) => plan.steps[id]!.title);
    // Spaces at line ends are invisible; dropped so no format carries trailing whitespace.
    const notes = progress.notes.replace(/[^\S\n]+$/gm, '').trim();
    return [
      {
        id: project.id,
        name: project.name,
        description: project.description,
        stack: project.chips,
        status,
        stage: stage === 'done' || stage === 'review' ? stage : 'doing',
        stepsDone,
        stepsTotal: active.length,
        repoUrl: progress.repoUrl ? safeHttpUrl(progress.repoUrl) : null,
        startedOn: progress.startedOn,
        finishedOn: status === 'done' ? progress.finishedOn : null,
        notes: options.includeNotes && notes ? notes : null,
      },
    ];
  });
  const done = all.filter((p) => p.status === 'done');
  const inProgress = all.filter((p) => p.status === 'in-progress');
  const projects = options.includeInProgress ? [...done, ...inProgress] : done;

  const name = plan.settings.profile.name.trim();
  return {
    title: name ? `${name} — Portfolio` : 'Portfolio',
    name,
    headline: plan.settings.profile.headline.trim(),
    links: plan.settings.profile.links.flatMap((l) => {
      const url = safeHttpUrl(l.url);
      return url ? [{ label: l.label.trim() || readableUrl(url), url }] : [];
    }),
    generatedOn: today,
    projects,
    counts: {
      done: done.length,
      inProgress: inProgress.length,
      total: roadmapIds.length + ownIds.length,
      stages: { doing: inProgress.filter((p) => p.stage === 'doing').length, review: inProgress.filter((p) => p.stage === 'review').length },
    },
    progress: options.includeProgress ? progressSection(curriculum, plan, today) : null,
    skills: skillsFrom(curriculum, plan),
  };
}

function progressSection(curriculum: Curriculum, plan: Plan, today: CalendarDate): PortfolioProgress {
  const s = summarizeProgress(curriculum, plan, today);
  const week = s.currentWeek === null ? null : curriculum.weeks[s.currentWeek - 1];
  return {
    weeksDone: s.weeksDone,
    weeksTotal: s.weeksTotal,
    goalsDone: s.goalsDone,
    goalsTotal: s.goalsTotal,
    goalPercent: Math.round(s.goalShare * 100),
    tasksDone: s.tasksDone,
    tasksTotal: s.tasksTotal,
    currentWeek: week ? { number: week.number, focus: week.focus } : null,
  };
}

/** What completed weeks taught: their focus and goals (the ticked ones when some were ticked). */
function skillsFrom(curriculum: Curriculum, plan: Plan): SkillGroup[] {
  return curriculum.weeks.flatMap((week, i): SkillGroup[] => {
    const progress = plan.weeks[i];
    if (progress?.status !== 'done') return [];
    const ticked = week.goals.filter((_g, g) => progress.goalsDone[g]);
    return [{ week: week.number, focus: week.focus, goals: ticked.length ? ticked : week.goals }];
  });
}

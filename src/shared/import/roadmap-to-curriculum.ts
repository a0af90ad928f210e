import type { Curriculum } from '../curriculum-schema';
import type { Plan } from '../plan-schema';
import type { ImportedProgress, ImportedRoadmap } from './roadmap-types';

/** A plan week may stretch from a quarter to four times the pace (plan-schema's lengthFactor). */
const MIN_LENGTH = 0.25;
const MAX_LENGTH = 4;

/**
 * The importer's roadmap as a curriculum the app runs on: the row's span ("Week 1–2") is kept so
 * the progress checklist writes the same label back; its length goes into the plan (see
 * `weekLengths`); everything else is kept as read.
 */
export function curriculumFromImport(roadmap: ImportedRoadmap): Curriculum {
  return {
    title: roadmap.title,
    subtitle: roadmap.subtitle,
    source: roadmap.source,
    weeks: roadmap.weeks.map(({ number, focus, goals, tasks, span }) => ({ number, focus, goals, tasks, span })),
    projects: roadmap.projects.map(({ id, name, description, steps, stack, stackText, weeks }) => ({ id, name, description, steps, stack, stackText, weeks })),
    notes: roadmap.notes,
  };
}

/**
 * Each row's length in plan weeks ("Week 1–2" is 2, "Day 1–3" is 3/7), as the plan's per-week
 * length factor, held within what a plan week may be (¼ to 4): a one-day row is planned as a
 * quarter week. Returns the factors and how many rows were held to each limit.
 */
export function weekLengths(roadmap: ImportedRoadmap): { factors: number[]; clamped: { short: number; long: number } } {
  const clamped = { short: 0, long: 0 };
  const factors = roadmap.weeks.map((w) => {
    const length = Math.round(w.lengthWeeks * 1000) / 1000;
    if (length < MIN_LENGTH) clamped.short++;
    if (length > MAX_LENGTH) clamped.long++;
    return Math.min(MAX_LENGTH, Math.max(MIN_LENGTH, length));
  });
  return { factors, clamped };
}

/**
 * Puts a checklist's progress (status, dates, goal and task ticks, study log, length) onto fresh plan weeks of the
 * same roadmap, and its schedule (start date, pace, re-plan) onto the plan's settings.
 */
export function applyImportedProgress(plan: Pick<Plan, 'weeks' | 'settings'>, progress: ImportedProgress | undefined): void {
  const weeks = plan.weeks;
  if (progress?.schedule) {
    plan.settings.startDate = progress.schedule.startDate;
    plan.settings.pace = progress.schedule.pace;
    // The checklist answered the first-run question already: its start date and pace (audit s6 fault 14).
    if (progress.schedule.startDate) plan.settings.onboarded = true;
  }
  // The planned dates the original was given after a pace change (check s6, N1); null when it had none.
  plan.settings.replan = progress?.replan ?? null;
  progress?.weeks.forEach((p, i) => {
    const week = weeks[i];
    if (!week) return;
    week.status = p.status;
    week.startedOn = p.startedOn;
    week.completedOn = p.completedOn;
    week.goalsDone = week.goalsDone.map((_, g) => p.goalsDone[g] ?? null);
    if (p.studyLog) week.studyLog = p.studyLog;
    // A length set by the user overrides the one the week's label gave (check 3 s7, fault B).
    if (p.lengthFactor !== undefined) week.lengthFactor = p.lengthFactor;
    const tasks = progress.tasksDone?.[i];
    if (tasks) week.tasksDone = week.tasksDone.map((_, t) => tasks[t] ?? null);
  });
}

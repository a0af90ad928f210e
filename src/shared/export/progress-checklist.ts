import type { Link, Week } from '../curriculum-schema';
import { buildSchedule } from '../domain/schedule';
import type { CalendarDate, Plan, WeekStatus } from '../plan-schema';
import type { ImportedProject, RowUnit } from '../import/roadmap-types';
import { escapeMarkdownInline as md, markdownLink, markdownWithCode as mdc } from './escape';
import { replanLine } from './replan-line';
import { studyLogLine } from './study-log-line';
import { lengthLine, spanLength } from './length-line';

/** The roadmap as the checklist needs it: the built-in curriculum or an imported roadmap. */
export interface ChecklistRoadmap {
  title: string;
  subtitle: string;
  source: string;
  weeks: (Week & { span?: { unit: RowUnit; from: number; to: number } })[];
  projects: Pick<ImportedProject, 'name' | 'description' | 'steps' | 'stackText' | 'weeks'>[];
  notes: { title: string; text: string }[];
}

export const STATUS_WORDS: Record<WeekStatus, string> = { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done', skipped: 'skipped' };

/** "Week 3", "Week 1–2", "Day 4–7": the row label as the roadmap wrote it. */
export function spanLabel(number: number, span?: { unit: RowUnit; from: number; to: number }): string {
  const unit = span?.unit ?? 'week';
  const from = span?.from ?? number;
  const to = span?.to ?? number;
  return `${unit[0]!.toUpperCase()}${unit.slice(1)} ${from === to ? from : `${from}–${to}`}`;
}

/**
 * "Schedule: start 2026-03-02 · pace 1 calendar week per roadmap week" (or "no start date", or
 * "pace 10 hours a week, 20 hours per roadmap week"): read back by import/checklist-reader.ts.
 */
export function scheduleLine(settings: Pick<Plan['settings'], 'startDate' | 'pace'>): string {
  const { startDate, pace } = settings;
  // "1 calendar week", "1.5 calendar weeks" (check 3 s7, fault F); the reader takes either form.
  const paceText =
    pace.mode === 'calendar'
      ? `${pace.weeksPerRoadmapWeek} calendar ${pace.weeksPerRoadmapWeek === 1 ? 'week' : 'weeks'} per roadmap week`
      : `${pace.hoursPerWeek} ${pace.hoursPerWeek === 1 ? 'hour' : 'hours'} a week, ${pace.hoursPerRoadmapWeek} ${pace.hoursPerRoadmapWeek === 1 ? 'hour' : 'hours'} per roadmap week`;
  return `Schedule: ${startDate ? `start ${startDate}` : 'no start date'} · pace ${paceText}`;
}

/** A task's text with its links put back where their labels stand (or after the text). */
function taskMarkdown(text: string, links: readonly Link[]): string {
  let rest = text;
  let out = '';
  const trailing: string[] = [];
  for (const link of links) {
    const at = rest.indexOf(link.label);
    if (at < 0) {
      trailing.push(markdownLink(link.label, link.url));
      continue;
    }
    out += mdc(rest.slice(0, at)) + markdownLink(link.label, link.url);
    rest = rest.slice(at + link.label.length);
  }
  return [out + mdc(rest), ...trailing].join(' ');
}

/**
 * The roadmap with the learner's progress as a GitHub checklist: per week a heading
 * "Week N — focus", a status line (started, finished, planned dates), goals as `- [x]` items with
 * the day each was ticked, tasks likewise (a task of a done week without its own day is ticked
 * without a day); the start date and pace after the progress line, and the re-plan when one is stored; a week's
 * length (when set) and study log under its status line; then projects and notes. The
 * importer reads it back (import/checklist-reader.ts) to the same roadmap and week progress.
 */
export function renderProgressChecklist(roadmap: ChecklistRoadmap, plan: Pick<Plan, 'weeks' | 'settings'>, today: CalendarDate): string {
  const progress = plan.weeks.slice(0, roadmap.weeks.length);
  const schedule = buildSchedule({ weeks: progress, settings: plan.settings, today });
  const goalsTotal = roadmap.weeks.reduce((n, w) => n + w.goals.length, 0);
  const goalsDone = progress.reduce((n, w) => n + w.goalsDone.filter(Boolean).length, 0);
  const weeksDone = progress.filter((w) => w.status === 'done').length;
  const out: string[] = [];
  if (roadmap.source) out.push(`# ${md(roadmap.source)}`, '');
  out.push(`# ${md(roadmap.title)}`, '');
  if (roadmap.subtitle) out.push(`### ${md(roadmap.subtitle)}`, '');
  out.push(`> Progress on ${today}: ${goalsDone} of ${goalsTotal} goals ticked, ${weeksDone} of ${roadmap.weeks.length} weeks done.`, '', `> ${scheduleLine(plan.settings)}`, '');
  // The stored re-plan, so the imported copy keeps the planned dates it was given (check s6, N1).
  if (plan.settings.replan) out.push(`> ${replanLine(plan.settings.replan)}`, '');
  roadmap.weeks.forEach((week, i) => {
    const p = progress[i]!;
    const s = schedule.weeks[i]!;
    out.push(`## ${spanLabel(week.number, week.span)} — ${mdc(week.focus)}`, '');
    const status = [`Status: ${STATUS_WORDS[p.status]}`];
    if (p.startedOn) status.push(`started ${p.startedOn}`);
    if (p.completedOn) status.push(`finished ${p.completedOn}`);
    if (p.status !== 'skipped') status.push(`planned ${s.plannedStart} to ${s.plannedEnd}`);
    out.push(status.join(' · '), '');
    // A length set in the Roadmap view changes every later planned date (check 3 s7, fault B).
    if (p.lengthFactor !== spanLength(week.span)) out.push(lengthLine(p.lengthFactor), '');
    if (p.studyLog.length) out.push(studyLogLine(p.studyLog), '');
    out.push('Goals:', '');
    week.goals.forEach((goal, g) => {
      const day = p.goalsDone[g];
      out.push(`- [${day ? 'x' : ' '}] ${mdc(goal)}${day ? ` (done ${day})` : ''}`);
    });
    out.push('', 'Tasks:', '');
    week.tasks.forEach((task, t) => {
      const day = p.tasksDone[t];
      out.push(`- [${day || p.status === 'done' ? 'x' : ' '}] ${taskMarkdown(task.text, task.links)}${day ? ` (done ${day})` : ''}`);
    });
    out.push('');
  });
  if (roadmap.projects.length) {
    out.push('## Projects', '');
    for (const project of roadmap.projects) {
      out.push(`### ${md(project.name)}`, '');
      if (project.description) out.push(md(project.description), '');
      if (project.steps.length) out.push('Steps:', '', ...project.steps.map((step, i) => `${i + 1}. ${mdc(step)}`), '');
      if (project.stackText) out.push(`Tech stack: ${md(project.stackText)}`, '');
      if (project.weeks.length) out.push(`Weeks: ${project.weeks.join(', ')}`, '');
    }
  }
  if (roadmap.notes.length) {
    out.push('## Notes', '', ...roadmap.notes.map((n, i) => `${i + 1}. **${md(n.title)}**: ${md(n.text)}`), '');
  }
  return out.join('\n');
}

import type { PortfolioModel, PortfolioProgress, PortfolioProject } from './portfolio-model';
import { readableUrl } from './readable-url';

/** Wording shared by every renderer, so Markdown, HTML and the preview say the same thing. */
/** The badge: what the column the card sits in means (a card in Review is "In review", not "In progress"). */
export const statusLabel = (p: Pick<PortfolioProject, 'stage'>): string => STAGE_LABELS[p.stage];
export const STAGE_LABELS: Record<PortfolioProject['stage'], string> = { doing: 'In progress', review: 'In review', done: 'Done' };

/**
 * How a day is written. The app writes the exported documents (Markdown, HTML, PDF) with the same
 * helper and locale as the in-app preview (display-dates.ts formatDate, 'day' style: "Mon, 30 Nov
 * 2026"), so the preview shows exactly what the files contain (check s6, fault 13: the files said
 * "2026-11-30" under a preview saying "Mon, Nov 30, 2026"). That style names the month, so no
 * reader misreads it the way 03/02 is misread. Without a writer (tests, tools) a day stays ISO
 * 'YYYY-MM-DD'. The progress checklist is not this: it keeps ISO to be read back.
 */
export type DayWriter = (day: string) => string;
const iso: DayWriter = (day) => day;

export function datesLabel(p: PortfolioProject, day: DayWriter = iso): string {
  const parts: string[] = [];
  if (p.startedOn) parts.push(`Started ${day(p.startedOn)}`);
  if (p.finishedOn) parts.push(`Finished ${day(p.finishedOn)}`);
  return parts.join(' · ');
}

/**
 * "Steps done" is a field like Stack and Repository, its count the value: "2 of 3" (the list of
 * those steps follows), "0 of 3", or "no steps yet". Not a heading: an empty one read as a title
 * over nothing (audit s6 fault 13).
 */
export const STEPS_LABEL = 'Steps done';
export const stepsValue = (p: Pick<PortfolioProject, 'stepsDone' | 'stepsTotal'>): string => (p.stepsTotal ? `${p.stepsDone.length} of ${p.stepsTotal}` : 'no steps yet');

/** "5 of 37", as goals are counted. */
export const tasksValue = (p: Pick<PortfolioProgress, 'tasksDone' | 'tasksTotal'>): string => `${p.tasksDone} of ${p.tasksTotal}`;

/** A repository URL as people read it, without scheme or escapes: "github.com/me/app (v2)". */
export const repoLabel = (url: string): string => readableUrl(url);

/** "2 of 10 portfolio projects finished, 1 in progress, 1 in review.": the same words as the badges. */
export function summaryLine(model: PortfolioModel): string {
  const { done, total } = model.counts;
  const stages = model.counts.stages ?? { doing: model.counts.inProgress, review: 0 };
  const tail = [stages.doing ? `, ${stages.doing} in progress` : '', stages.review ? `, ${stages.review} in review` : ''].join('');
  return `${done} of ${total} portfolio projects finished${tail}.`;
}

export const EMPTY_PROJECTS = 'No projects to show yet: move a project to Done on the board and it appears here.';
export const generatedLine = (model: PortfolioModel, day: DayWriter = iso): string => `Generated with Prep Planner on ${day(model.generatedOn)}.`;

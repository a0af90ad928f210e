import type { PortfolioModel, PortfolioProject } from './portfolio-model';
import { readableUrl } from './text-links';

/** Wording shared by every renderer, so Markdown, HTML and the preview say the same thing. */
export const statusLabel = (p: PortfolioProject): string => (p.status === 'done' ? 'Done' : 'In progress');

/**
 * How a day is written. The exported documents (Markdown, HTML, PDF) keep ISO 'YYYY-MM-DD': they
 * are read by other people in locales we do not know, and ISO is the one form nobody misreads
 * (03/02 is March in one country and February in the next). The in-app preview passes the app's
 * display helper (src/renderer/src/dates.ts) so the screen says dates one way everywhere.
 */
export type DayWriter = (day: string) => string;
const iso: DayWriter = (day) => day;

export function datesLabel(p: PortfolioProject, day: DayWriter = iso): string {
  const parts: string[] = [];
  if (p.startedOn) parts.push(`Started ${day(p.startedOn)}`);
  if (p.finishedOn) parts.push(`Finished ${day(p.finishedOn)}`);
  return parts.join(' · ');
}

export const stepsHeading = (p: PortfolioProject): string => `Steps done (${p.stepsDone.length} of ${p.stepsTotal})`;

/** A repository URL as people read it, without scheme or escapes: "github.com/me/app (v2)". */
export const repoLabel = (url: string): string => readableUrl(url);

export function summaryLine(model: PortfolioModel): string {
  const { done, inProgress, total } = model.counts;
  const tail = inProgress ? `, ${inProgress} in progress` : '';
  return `${done} of ${total} portfolio projects finished${tail}.`;
}

export const EMPTY_PROJECTS = 'No projects to show yet: move a project to Done on the board and it appears here.';
export const generatedLine = (model: PortfolioModel, day: DayWriter = iso): string => `Generated with Prep Planner on ${day(model.generatedOn)}.`;

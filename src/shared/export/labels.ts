import type { PortfolioModel, PortfolioProject } from './portfolio-model';
import { readableUrl } from './text-links';

/** Wording shared by every renderer, so Markdown, HTML and the preview say the same thing. */
export const statusLabel = (p: PortfolioProject): string => (p.status === 'done' ? 'Done' : 'In progress');

export function datesLabel(p: PortfolioProject): string {
  const parts: string[] = [];
  if (p.startedOn) parts.push(`Started ${p.startedOn}`);
  if (p.finishedOn) parts.push(`Finished ${p.finishedOn}`);
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
export const generatedLine = (model: PortfolioModel): string => `Generated with Prep Planner on ${model.generatedOn}.`;

import type { Curriculum } from '../curriculum-schema';
import type { CalendarDate, Plan } from '../plan-schema';
import { buildPortfolioModel, type PortfolioModel, type PortfolioOptions } from './portfolio-model';
import { linkParts, type TextPart } from './text-links';

/**
 * What the Portfolio view draws: the exporters' own model, plus each shown project's notes already
 * split into text and links by the exporters' own `linkParts`. Main builds it (channel
 * `portfolio:preview`), so the page carries neither the model builder nor linkify-it, and the
 * preview links exactly the addresses the Markdown and HTML files link.
 */
export interface PortfolioPreview {
  model: PortfolioModel;
  /** Project id → its notes as parts; only projects whose notes the model shows (`notes` not null). */
  noteLinks: Record<string, TextPart[]>;
}

/** The preview of `plan` with `options` on `today` (the export uses the same model for the stored options). */
export function buildPortfolioPreview(curriculum: Curriculum, plan: Plan, options: PortfolioOptions, today: CalendarDate): PortfolioPreview {
  const model = buildPortfolioModel(curriculum, plan, options, today);
  const noteLinks: Record<string, TextPart[]> = {};
  for (const p of model.projects) if (p.notes !== null) noteLinks[p.id] = linkParts(p.notes);
  return { model, noteLinks };
}

import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/shared/export/html';
import { buildPortfolioModel } from '../../src/shared/export/portfolio-model';
import { PlanSchema } from '../../src/shared/plan-schema';
import { printToPdfWithChromium } from '../../src/server/pdf';
import { curriculum, TODAY } from '../unit/export-fixture';
import { richPlan } from '../unit/export-hostile-fixture';
import { pdfText } from './pdf-text';

/**
 * Ten finished projects whose notes grow from 2 to 11 lines, so the cards fall at every height
 * against the A4 page breaks. Each note ends with a unique marker: a card is whole on one page
 * when its name and its marker are on the same page.
 */
function printedPlanHtml(withoutAvoid = false) {
  const plan = richPlan();
  const ids = Object.keys(plan.projects);
  ids.forEach((id, i) => {
    const lines = Array.from({ length: 2 + i }, (_v, n) => `Note line ${n + 1} of the ${id} project, kept short.`);
    plan.projects[id]!.notes = [...lines, `End of card ${i + 1}.`].join('\n');
  });
  const model = buildPortfolioModel(curriculum, PlanSchema.parse(plan), plan.settings.portfolio, TODAY);
  const html = renderHtml(model);
  return {
    names: model.projects.map((p) => p.name),
    // The control: the same page with the rule taken out, to show the check can fail.
    html: withoutAvoid ? html.replace('break-inside: avoid;', '') : html,
  };
}

const pageOf = (pageTexts: string[], text: string) => pageTexts.findIndex((t) => t.replace(/\s+/g, ' ').includes(text));

async function splitCards(withoutAvoid: boolean) {
  const { names, html } = printedPlanHtml(withoutAvoid);
  const { pages, pageTexts } = pdfText(await printToPdfWithChromium(html));
  const split = names.filter((name, i) => pageOf(pageTexts, name) !== pageOf(pageTexts, `End of card ${i + 1}.`));
  for (const [i, name] of names.entries()) {
    expect(pageOf(pageTexts, name)).toBeGreaterThanOrEqual(0);
    expect(pageOf(pageTexts, `End of card ${i + 1}.`)).toBeGreaterThanOrEqual(0);
  }
  return { pages, split };
}

describe('PDF export: project cards and page breaks (issue 15)', () => {
  it('no project card that fits on a page is split across two (break-inside: avoid)', async () => {
    const { pages, split } = await splitCards(false);
    expect(pages).toBeGreaterThan(2);
    expect(split).toEqual([]);
  });

  it('the check is real: without the rule, some card of the same page is split', async () => {
    const { split } = await splitCards(true);
    expect(split.length).toBeGreaterThan(0);
  });
});

import { escapeMarkdownInline as md, markdownLink, markdownQuote, markdownWithCode as mdc } from './escape';
import { datesLabel, EMPTY_PROJECTS, generatedLine, repoLabel, statusLabel, stepsHeading, summaryLine } from './labels';
import type { PortfolioModel, PortfolioProject } from './portfolio-model';

/**
 * The portfolio as GitHub-flavoured Markdown that also reads well as plain text. Every user and
 * curriculum string goes through `md` (or `markdownQuote`); links only through `markdownLink`.
 */
export function renderMarkdown(model: PortfolioModel): string {
  const out: string[] = [`# ${md(model.name || 'Portfolio')}`, ''];
  if (model.headline) out.push(`_${md(model.headline)}_`, '');
  if (model.links.length) out.push(model.links.map((l) => markdownLink(l.label, l.url)).join(' · '), '');
  out.push(md(summaryLine(model)), '');

  out.push('## Projects', '');
  if (!model.projects.length) out.push(md(EMPTY_PROJECTS), '');
  for (const project of model.projects) out.push(...projectBlock(project));

  if (model.progress) {
    const p = model.progress;
    out.push('## Roadmap progress', '');
    out.push(`- **Weeks done:** ${p.weeksDone} of ${p.weeksTotal}`);
    out.push(`- **Goals done:** ${p.goalPercent}% (${p.goalsDone} of ${p.goalsTotal})`);
    out.push(`- **Tasks done:** ${p.tasksDone}`);
    out.push(`- **Learning now:** ${p.currentWeek ? `Week ${p.currentWeek.number} — ${md(p.currentWeek.focus)}` : 'All weeks finished'}`);
    out.push('');
  }

  if (model.skills.length) {
    out.push('## Skills', '');
    for (const s of model.skills) out.push(`- **${md(s.focus)}** (week ${s.week}): ${s.goals.map(mdc).join(' ')}`);
    out.push('');
  }

  out.push('---', '', `_${md(generatedLine(model))}_`, '');
  return out.join('\n');
}

function projectBlock(p: PortfolioProject): string[] {
  const out = [`### ${md(p.name)}`, '', mdc(p.description), ''];
  const dates = datesLabel(p);
  out.push(`- **Status:** ${statusLabel(p)}${dates ? ` · ${dates}` : ''}`);
  out.push(`- **Stack:** ${p.stack.map(md).join(', ')}`);
  if (p.repoUrl) out.push(`- **Repository:** ${markdownLink(repoLabel(p.repoUrl), p.repoUrl)}`);
  out.push(`- **${stepsHeading(p)}**${p.stepsDone.length ? ':' : ''}`);
  for (const step of p.stepsDone) out.push(`  - ${mdc(step)}`);
  out.push('');
  if (p.notes) out.push(markdownQuote(p.notes), '');
  return out;
}

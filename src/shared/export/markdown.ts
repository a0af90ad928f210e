import { escapeMarkdownInline as md, markdownLink, markdownQuote, markdownWithCode as mdc } from './escape';
import { datesLabel, type DayWriter, EMPTY_PROJECTS, generatedLine, repoLabel, statusLabel, STEPS_LABEL, stepsValue, summaryLine, tasksValue } from './labels';
import type { PortfolioModel, PortfolioProject } from './portfolio-model';
import { linkParts } from './text-links';

/**
 * The portfolio as GitHub-flavoured Markdown that also reads well as plain text and passes
 * markdownlint's default rules but line length. Every user and curriculum string goes through `md`
 * (or `markdownQuote`); links only through `markdownLink` or the notes' `linkParts`, the same
 * gate and the same links as the HTML export. User text (names, descriptions, step titles, notes)
 * is literal: a backtick stays a backtick. Only roadmap goals keep their `code` spans. `day` writes
 * each date (labels.ts DayWriter; ISO without it).
 */
export function renderMarkdown(model: PortfolioModel, day?: DayWriter): string {
  const out: string[] = [`# ${headingText(model.name || 'Portfolio')}`, ''];
  // A plain paragraph: a line of emphasis reads as a fake heading (markdownlint MD036).
  if (model.headline) out.push(md(model.headline), '');
  if (model.links.length) out.push(model.links.map((l) => markdownLink(l.label, l.url)).join(' · '), '');
  out.push(md(summaryLine(model)), '');

  out.push('## Projects', '');
  if (!model.projects.length) out.push(md(EMPTY_PROJECTS), '');
  for (const project of model.projects) out.push(...projectBlock(project, day));

  if (model.progress) {
    const p = model.progress;
    out.push('## Roadmap progress', '');
    out.push(`- **Weeks done:** ${p.weeksDone} of ${p.weeksTotal}`);
    out.push(`- **Goals done:** ${p.goalPercent}% (${p.goalsDone} of ${p.goalsTotal})`);
    out.push(`- **Tasks done:** ${tasksValue(p)}`);
    out.push(`- **Learning now:** ${p.currentWeek ? `Week ${p.currentWeek.number} — ${md(p.currentWeek.focus)}` : 'All weeks finished'}`);
    out.push('');
  }

  if (model.skills.length) {
    out.push('## Skills', '');
    for (const s of model.skills) out.push(`- **${md(s.focus)}** (week ${s.week}): ${s.goals.map(mdc).join(' ')}`);
    out.push('');
  }

  out.push('---', '', `_${md(generatedLine(model, day))}_`, '');
  // No line ends in spaces but a note's deliberate hard break (quote lines are trimmed already).
  return out.map((line) => (line.startsWith('>') ? line : line.trimEnd())).join('\n');
}

// markdownlint MD026's default list. A heading ending in one of them is still written exactly as
// typed, its last character as a numeric entity (rendered the same; the rule exempts entities).
const HEADING_END = /(\\*)([.,;:!。，；：！])$/u;

/** A heading's text: escaped, and a final punctuation mark written as an entity (MD026). */
export function headingText(text: string): string {
  const escaped = md(text.trim());
  return escaped.replace(HEADING_END, (_m, slashes: string, mark: string) => {
    // An odd run of backslashes escaped the mark itself: the entity replaces that escape.
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}&#${mark.codePointAt(0)};`;
  });
}

function projectBlock(p: PortfolioProject, day?: DayWriter): string[] {
  const out = [`### ${headingText(p.name)}`, '', md(p.description), ''];
  const dates = datesLabel(p, day);
  out.push(`- **Status:** ${statusLabel(p)}${dates ? ` · ${dates}` : ''}`);
  out.push(`- **Stack:** ${p.stack.map(md).join(', ')}`);
  if (p.repoUrl) out.push(`- **Repository:** ${markdownLink(repoLabel(p.repoUrl), p.repoUrl)}`);
  out.push(`- **${STEPS_LABEL}:** ${stepsValue(p)}`);
  for (const step of p.stepsDone) out.push(`  - ${md(step)}`);
  out.push('');
  if (p.notes) out.push(markdownQuote(p.notes, noteLine), '');
  return out;
}

/** One line of notes: http(s) addresses become links showing the address as typed. */
function noteLine(line: string): string {
  let out = '';
  for (const part of linkParts(line)) {
    if (!part.href) {
      out += md(part.text);
      continue;
    }
    // "Look!https://…": a `!` right before our `[` would turn the link into an image.
    const slashes = /(\\*)!$/.exec(out)?.[1];
    if (slashes !== undefined && slashes.length % 2 === 0) out = `${out.slice(0, -1)}\\!`;
    out += `[${md(part.text)}](${part.href})`;
  }
  return out;
}

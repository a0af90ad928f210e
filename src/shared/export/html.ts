import { escapeHtml as h, htmlWithCode as hc } from './escape';
import { PORTFOLIO_CSS } from './html-styles';
import { datesLabel, type DayWriter, EMPTY_PROJECTS, generatedLine, repoLabel, statusLabel, STEPS_LABEL, stepsValue, summaryLine, tasksValue } from './labels';
import type { PortfolioModel, PortfolioProject } from './portfolio-model';
import { linkParts } from './text-links';

/**
 * Forbids scripts and every network request except following the user's own links: the file is
 * safe to open anywhere even if a string slipped past escaping.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** html-validate's `long-title` limit: what search results and tabs show before cutting. */
export const TITLE_MAX = 70;

/**
 * The page's <title> content, escaped, within TITLE_MAX characters of source (html-validate counts
 * entities as written): a long name is shortened with "…" (never splitting a character) and keeps
 * " — Portfolio"; the full name is still the page's h1.
 */
export function pageTitle(title: string): string {
  if (h(title).length <= TITLE_MAX) return h(title);
  const suffix = ' — Portfolio';
  const named = title.endsWith(suffix);
  const tail = named ? `…${suffix}` : '…';
  const head = named ? title.slice(0, -suffix.length) : title;
  let out = '';
  for (const char of head) {
    if (out.length + h(char).length + tail.length > TITLE_MAX) break;
    out += h(char);
  }
  return `${out.trimEnd()}${tail}`;
}

/**
 * The portfolio as one self-contained HTML page (inline CSS, no scripts, no external requests),
 * fit for GitHub Pages as index.html and for printing to PDF; it passes html-validate's
 * `recommended` rules. Every string goes through `h`; every href is a URL gated to http(s) by the
 * model or by the notes' `linkParts` (the same links as the Markdown export). User text is
 * literal; only roadmap goals keep their `code` spans. `day` writes each date (labels.ts
 * DayWriter; ISO without it).
 */
export function renderHtml(model: PortfolioModel, day?: DayWriter): string {
  const link = (label: string, url: string) => `<a href="${h(url)}" rel="noopener noreferrer">${h(label)}</a>`;
  const body: string[] = ['<header>', `<h1>${h(model.name || 'Portfolio')}</h1>`];
  if (model.headline) body.push(`<p class="headline">${h(model.headline)}</p>`);
  if (model.links.length) {
    body.push('<ul class="profile-links">', ...model.links.map((l) => `<li>${link(l.label, l.url)}</li>`), '</ul>');
  }
  body.push(`<p class="summary">${h(summaryLine(model))}</p>`, '</header>');

  body.push('<section aria-labelledby="projects-title">', '<h2 id="projects-title">Projects</h2>');
  if (!model.projects.length) body.push(`<p class="summary">${h(EMPTY_PROJECTS)}</p>`);
  else body.push('<div class="projects">', ...model.projects.map((p) => projectArticle(p, link, day)), '</div>');
  body.push('</section>');

  if (model.progress) {
    const p = model.progress;
    const current = p.currentWeek ? `Week ${p.currentWeek.number} — ${h(p.currentWeek.focus)}` : 'All weeks finished';
    body.push(
      '<section class="progress" aria-labelledby="progress-title">',
      '<h2 id="progress-title">Roadmap progress</h2>',
      '<dl>',
      `<dt>Weeks done</dt><dd>${p.weeksDone} of ${p.weeksTotal}</dd>`,
      `<dt>Goals done</dt><dd>${p.goalPercent}% (${p.goalsDone} of ${p.goalsTotal})</dd>`,
      `<dt>Tasks done</dt><dd>${tasksValue(p)}</dd>`,
      `<dt>Learning now</dt><dd>${current}</dd>`,
      '</dl>',
      '</section>',
    );
  }

  if (model.skills.length) {
    body.push('<section aria-labelledby="skills-title">', '<h2 id="skills-title">Skills</h2>', '<ul class="skills">');
    for (const s of model.skills) body.push(`<li><span class="label">${h(s.focus)}</span> <span class="meta">(week ${s.week})</span>: ${s.goals.map(hc).join(' ')}</li>`);
    body.push('</ul>', '</section>');
  }
  body.push(`<footer>${h(generatedLine(model, day))}</footer>`);

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${pageTitle(model.title)}</title>`,
    `<style>${PORTFOLIO_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Lines a note takes on an A4 page at the export's type size (about 80 characters a line). A card
 * is kept on one page (`break-inside: avoid`) unless its notes alone would nearly fill one.
 */
const NOTE_LINES_PER_PAGE = 30;
const noteLines = (notes: string) => notes.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 80)), 0);

function projectArticle(p: PortfolioProject, link: (label: string, url: string) => string, day?: DayWriter): string {
  const dates = datesLabel(p, day);
  const tall = p.notes !== null && noteLines(p.notes) > NOTE_LINES_PER_PAGE;
  const lines = [
    `<article class="project${tall ? ' tall' : ''}" aria-label="${h(p.name)}">`,
    '<div class="project-head">',
    `<h3>${h(p.name)}</h3>`,
    `<span class="badge${p.status === 'done' ? ' done' : ''}">${statusLabel(p)}</span>`,
    '</div>',
    `<p>${h(p.description)}</p>`,
    ...(dates ? [`<p class="meta">${h(dates)}</p>`] : []),
    // A visible label, as for the repository (aria-label on a plain list is not announced reliably).
    `<div class="field stack-field"><span class="label">Stack:</span> <ul class="stack">${p.stack.map((s) => `<li>${h(s)}</li>`).join('')}</ul></div>`,
    ...(p.repoUrl ? [`<p class="field"><span class="label">Repository:</span> ${link(repoLabel(p.repoUrl), p.repoUrl)}</p>`] : []),
    `<p class="field"><span class="label">${STEPS_LABEL}:</span> ${stepsValue(p)}</p>`,
  ];
  if (p.stepsDone.length) lines.push('<ul class="steps">', ...p.stepsDone.map((s) => `<li>${h(s)}</li>`), '</ul>');
  if (p.notes) {
    const notes = linkParts(p.notes).map((part) => (part.href ? link(part.text, part.href) : h(part.text))).join('');
    lines.push(`<blockquote class="notes">${notes}</blockquote>`);
  }
  lines.push('</article>');
  return lines.join('\n');
}

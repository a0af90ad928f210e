import { renderHtml } from '../../src/shared/export/html';
import { renderMarkdown } from '../../src/shared/export/markdown';
import { buildPortfolioModel } from '../../src/shared/export/portfolio-model';
import { builtinStepId } from '../../src/shared/default-plan';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { curriculum, fixturePlan, TODAY } from './export-fixture';

/** Renders a plan the way the export handler does (stored options, parsed plan). */
export function renderPlan(plan: Plan) {
  const model = buildPortfolioModel(curriculum, PlanSchema.parse(plan), plan.settings.portfolio, TODAY);
  return { model, md: renderMarkdown(model), html: renderHtml(model) };
}

const finishAll = (plan: Plan) => {
  for (const [column, ids] of Object.entries(plan.board.projects)) {
    if (column === 'done') continue;
    plan.board.projects['done']!.push(...ids);
    plan.board.projects[column] = [];
  }
  for (const id of Object.keys(plan.projects)) {
    plan.projects[id]!.startedOn ??= '2026-02-02';
    plan.projects[id]!.finishedOn ??= '2026-03-01';
  }
};

/**
 * Everything an export can hold: ten projects done, progress and notes on, profile links, notes
 * with addresses, a repository address with escapes, a step title with backticks.
 */
export function richPlan(): Plan {
  const plan = fixturePlan();
  finishAll(plan);
  plan.projects['chat-application']!.stackChoices = { 'Flask/Django': 'Django' };
  plan.projects['job-scraper']!.repoUrl = 'https://github.com/ada-example/job-scraper%20(v2)';
  plan.projects['job-scraper']!.notes = 'Docs: https://docs.python.org/3/library/re.html (see groups).\nNext: try https://example.com/a_(b)_c.';
  plan.steps[builtinStepId('job-scraper', 0)]!.title = 'Parse ``double`` and `single` backticks';
  return plan;
}

/** Hostile text from issue 15's list, in every field a learner can type into. */
export const HOSTILE = [
  '<script>alert("x")</script>',
  '](javascript:alert(1))',
  '| pipes | in | a | row |',
  '``double`` `single` ```triple```',
  'emoji 🚀👩🏽‍💻',
  'עברית ومرحبا right-to-left',
];

export function hostilePlan(): Plan {
  const plan = richPlan();
  const all = HOSTILE.join(' ');
  plan.settings.profile = {
    name: `${HOSTILE[0]} ${HOSTILE[4]} ${HOSTILE[5]} with a name long enough to pass seventy characters!`.slice(0, 120),
    headline: `${all}\tand a tab _`,
    links: [
      { label: HOSTILE[1]!, url: 'https://example.com/a(b)c"d\'e<f>' },
      { label: ' Site ', url: 'https://example.com/%E2%80%AEevil' },
    ],
  };
  for (const [i, id] of Object.keys(plan.projects).entries()) {
    plan.projects[id]!.notes = `${HOSTILE[i % HOSTILE.length]}   \n# not a heading\t\n- not a list\n1. not ordered\n> not quoted\n\n${all}\nwww.example.com me@example.com mailto:me@example.com ftp://files.example javascript:alert(1) https://user:pw@evil.example https://ok.example/x?a=1&b=2`;
    plan.projects[id]!.repoUrl = `https://github.com/ada/${encodeURIComponent(HOSTILE[i % HOSTILE.length]!)}`;
  }
  for (const [i, step] of Object.values(plan.steps).entries()) step.title = `${HOSTILE[i % HOSTILE.length]} step ${i}  `;
  plan.projects['library-management-system']!.notes += `\n${'long note 🙂 '.repeat(800)}`;
  // Names that end in punctuation (markdownlint MD026) and in an escaped mark.
  plan.projects['job-scraper']!.text = { name: 'Scrape it all!', description: `${all}   `, stack: 'Python, | pipes |, `tick`' };
  plan.projects['chat-application']!.text = { name: 'Chat: v2.' };
  plan.projects['weather-forecast-api']!.text = { name: '1.' };
  return plan;
}

import type { Heading, List, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { toCalendarDate } from '../calendar';
import type { CalendarDate } from '../plan-schema';
import { isChecklist, readChecklist } from './checklist-reader';
import { cellItems, cellText } from './markdown-cells';
import { weeklyRole } from './column-roles';
import { isProjectsTable, readProjectsTables } from './projects-table';
import { readWeeklyTables } from './weekly-table';
import { RoadmapImportError, type ImportResult, type ImportedRoadmap } from './roadmap-types';
import { countText } from '../plan-limits';

/** A roadmap README is a few kB; 1 MB is far beyond any real one and keeps parsing quick. */
export const MAX_DOCUMENT_CHARS = 1_000_000;

const headers = (t: Table) => (t.children[0]?.children ?? []).map((c) => cellText(c.children));
const lineOf = (node: RootContent) => node.position?.start.line ?? 0;

/** Which table is which: the first column a unit ("Week") makes a weekly table, else name + details a projects one. */
function kindOf(table: Table): 'weekly' | 'projects' | null {
  const h = headers(table);
  if (weeklyRole(h[0] ?? '') === 'unit') return 'weekly';
  if (isProjectsTable(h)) return 'projects';
  return h.some((x) => weeklyRole(x) === 'unit') ? 'weekly' : null;
}

/** "1. **Flexibility**: This roadmap is modular." -> { title: 'Flexibility', text: 'This roadmap is modular.' } */
function readNotes(list: List): { title: string; text: string }[] {
  return list.children.flatMap((item, i) => {
    const para = item.children.find((c) => c.type === 'paragraph');
    if (!para || para.type !== 'paragraph') return [];
    const [first, ...rest] = para.children;
    if (first?.type === 'strong') {
      const title = cellText(first.children).replace(/:$/, '');
      const text = cellItems(rest).map((x) => x.text).join(' ').replace(/^:\s*/, '');
      return text ? [{ title: title || `Note ${i + 1}`, text }] : [];
    }
    const text = cellItems(para.children).map((x) => x.text).join(' ');
    return text ? [{ title: `Note ${i + 1}`, text }] : [];
  });
}

/**
 * Reads a README-style roadmap: a weekly table (Week/Day/Month, focus, goals, tasks; headers matched
 * by meaning, extra columns reported and not used), an optional projects table (name, description,
 * steps, stack) and an optional "Notes" list. Headings before the weekly table give the title
 * (the last level-1 heading), the source (an earlier level-1 heading) and the subtitle (the
 * heading just above the table). Pure: no I/O, never throws; a fault comes back as
 * `{ ok: false, error }` naming the table, row and line.
 */
export function importRoadmapMarkdown(markdown: string, options: { today?: CalendarDate } = {}): ImportResult {
  try {
    return { ok: true, ...parse(markdown, options.today ?? toCalendarDate(new Date())) };
  } catch (e) {
    if (e instanceof RoadmapImportError) return { ok: false, error: e.problem };
    // The parser itself failing is a fault of ours, but the learner still gets words, not a stack.
    return { ok: false, error: { message: `The document could not be read as Markdown (${e instanceof Error ? e.message : String(e)}).` } };
  }
}

function parse(markdown: string, today: CalendarDate): Omit<Extract<ImportResult, { ok: true }>, 'ok'> {
  const fail = (message: string, line?: number): never => {
    throw new RoadmapImportError(line ? { message, line } : { message });
  };
  if (!markdown.trim()) fail('The document is empty.');
  if (markdown.length > MAX_DOCUMENT_CHARS) fail(`The document is ${countText(Math.round(markdown.length / 1000))} kB; a roadmap may be at most ${countText(MAX_DOCUMENT_CHARS / 1000)} kB.`);
  if (markdown.includes('\u0000')) fail('This is not a text document (it holds binary data). Choose a Markdown (.md) file.');
  const tree = fromMarkdown(markdown.replace(/^\uFEFF/, ''), {
    extensions: [gfmTable(), gfmTaskListItem()],
    mdastExtensions: [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()],
  });
  const nodes = tree.children;
  const tables = nodes.filter((n): n is Table => n.type === 'table');
  if (!tables.some((t) => kindOf(t) === 'weekly') && isChecklist(nodes)) return fromChecklist(nodes, today);
  if (!tables.length) fail('No table found. A roadmap needs a table with a Week (or Day, or Month) column, a focus column and a goals or tasks column.');
  const weekly = tables.filter((t) => kindOf(t) === 'weekly');
  const projects = tables.filter((t) => kindOf(t) === 'projects');
  const remarks: string[] = [];
  for (const t of tables) {
    if (!kindOf(t)) remarks.push(`The table at line ${lineOf(t)} (${headers(t).join(', ')}) is neither a weekly nor a projects table and was not used.`);
  }
  if (!weekly.length) {
    const first = tables[0]!;
    fail(`None of the ${tables.length} table(s) has a Week, Day or Month column; the first one (line ${lineOf(first)}) has ${headers(first).map((h) => `"${h}"`).join(', ')}.`, lineOf(first));
  }
  const week = readWeeklyTables(weekly);
  remarks.push(...week.remarks);
  const proj = projects.length ? readProjectsTables(projects, week.weeks.length) : null;
  if (!proj) remarks.push('No projects table: the board starts empty and you can add your own projects.');
  if (week.unit !== 'week') {
    remarks.push(`Rows count in ${week.unit}s; each row becomes one plan week, as long as its ${week.unit}s (a ${week.unit} is ${week.unit === 'day' ? '1/7' : '4'} week${week.unit === 'day' ? '' : 's'}).`);
  }

  const { title, subtitle, source } = headingsBefore(nodes, nodes.indexOf(weekly[0]!), remarks);
  const notes = readNotesSection(nodes);

  const roadmap: ImportedRoadmap = {
    title,
    subtitle,
    source,
    weeks: week.weeks,
    projects: proj?.projects ?? [],
    notes,
  };
  return {
    roadmap,
    report: {
      format: 'table',
      weeklyTable: { line: week.line, rows: week.weeks.length, columns: week.columns },
      projectsTable: proj ? { line: proj.line, rows: proj.projects.length, columns: proj.columns } : null,
      unit: week.unit,
      remarks,
    },
  };
}

/**
 * Title, subtitle and source from the headings above the roadmap: the title is the last level-1
 * heading, the source an earlier level-1 heading, the subtitle the heading just above.
 */
function headingsBefore(nodes: readonly RootContent[], first: number, remarks: string[]) {
  const before = nodes.slice(0, first).filter((n): n is Heading => n.type === 'heading');
  const h1 = before.filter((h) => h.depth === 1);
  const titleHeading = h1[h1.length - 1] ?? before[0];
  const title = titleHeading ? cellText(titleHeading.children) : '';
  if (!title) remarks.push('The document has no heading before its weeks, so it is called "Imported roadmap".');
  const last = before[before.length - 1];
  return {
    title: title || 'Imported roadmap',
    subtitle: last && last !== titleHeading ? cellText(last.children) : '',
    source: h1.length >= 2 ? cellText(h1[0]!.children) : '',
  };
}

function readNotesSection(nodes: readonly RootContent[]) {
  const at = nodes.findIndex((n) => n.type === 'heading' && /^notes?\b/i.test(cellText(n.children)));
  const list = at >= 0 ? nodes.slice(at + 1).find((n) => n.type === 'list' || n.type === 'heading') : undefined;
  return list?.type === 'list' ? readNotes(list) : [];
}

/** The report's remark on every checklist import: what a checklist file does not hold. */
export const CHECKLIST_LEAVES_OUT =
  'A checklist holds the weeks, your ticks and dates, study hours, the start date, the pace and any re-plan, so this copy shows the same planned dates, days ahead or behind and forecast. It does not hold week notes or where the project cards stood, so this copy starts without them.';

/** A progress checklist (what export/progress-checklist.ts writes): weeks, projects, notes and progress. */
function fromChecklist(nodes: readonly RootContent[], today: CalendarDate): Omit<Extract<ImportResult, { ok: true }>, 'ok'> {
  const remarks: string[] = [];
  const read = readChecklist(nodes, today);
  const first = nodes.findIndex((n) => n.position?.start.line === read.line);
  const roadmap: ImportedRoadmap = { ...headingsBefore(nodes, first, remarks), weeks: read.weeks, projects: read.projects, notes: readNotesSection(nodes) };
  if (!read.projects.length) remarks.push('No projects section: the board starts empty and you can add your own projects.');
  // What the file cannot bring back is said, not left to be found (check s6, N1).
  remarks.push(CHECKLIST_LEAVES_OUT);
  return {
    roadmap,
    progress: read.progress,
    report: {
      format: 'checklist',
      weeklyTable: { line: read.line, rows: read.weeks.length, columns: [] },
      projectsTable: null,
      unit: read.unit,
      remarks,
    },
  };
}

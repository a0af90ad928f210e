import type { Heading, List, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { cellItems, cellText } from './markdown-cells';
import { weeklyRole } from './column-roles';
import { isProjectsTable, readProjectsTables } from './projects-table';
import { readWeeklyTables } from './weekly-table';
import { RoadmapImportError, type ImportResult, type ImportedRoadmap } from './roadmap-types';

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
export function importRoadmapMarkdown(markdown: string): ImportResult {
  try {
    return { ok: true, ...parse(markdown) };
  } catch (e) {
    if (e instanceof RoadmapImportError) return { ok: false, error: e.problem };
    // The parser itself failing is a fault of ours, but the learner still gets words, not a stack.
    return { ok: false, error: { message: `The document could not be read as Markdown (${e instanceof Error ? e.message : String(e)}).` } };
  }
}

function parse(markdown: string): Omit<Extract<ImportResult, { ok: true }>, 'ok'> {
  const fail = (message: string, line?: number): never => {
    throw new RoadmapImportError(line ? { message, line } : { message });
  };
  if (!markdown.trim()) fail('The document is empty.');
  if (markdown.length > MAX_DOCUMENT_CHARS) fail(`The document is ${Math.round(markdown.length / 1000)} kB; a roadmap may be at most ${MAX_DOCUMENT_CHARS / 1000} kB.`);
  if (markdown.includes('\u0000')) fail('This is not a text document (it holds binary data). Choose a Markdown (.md) file.');
  const tree = fromMarkdown(markdown.replace(/^\uFEFF/, ''), { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const nodes = tree.children;
  const tables = nodes.filter((n): n is Table => n.type === 'table');
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

  const firstWeekly = nodes.indexOf(weekly[0]!);
  const headingsBefore = nodes.slice(0, firstWeekly).filter((n): n is Heading => n.type === 'heading');
  const h1 = headingsBefore.filter((h) => h.depth === 1);
  const titleHeading = h1[h1.length - 1] ?? headingsBefore[0];
  const title = titleHeading ? cellText(titleHeading.children) : '';
  if (!title) remarks.push('The document has no heading before its weekly table, so it is called "Imported roadmap".');
  const source = h1.length >= 2 ? cellText(h1[0]!.children) : '';
  const last = headingsBefore[headingsBefore.length - 1];
  const subtitle = last && last !== titleHeading ? cellText(last.children) : '';

  const notesAt = nodes.findIndex((n) => n.type === 'heading' && /^notes?\b/i.test(cellText(n.children)));
  const notesList = notesAt >= 0 ? nodes.slice(notesAt + 1).find((n) => n.type === 'list' || n.type === 'heading') : undefined;
  const notes = notesList?.type === 'list' ? readNotes(notesList) : [];

  const roadmap: ImportedRoadmap = {
    title: title || 'Imported roadmap',
    subtitle,
    source,
    weeks: week.weeks,
    projects: proj?.projects ?? [],
    notes,
  };
  return {
    roadmap,
    report: {
      weeklyTable: { line: week.line, rows: week.weeks.length, columns: week.columns },
      projectsTable: proj ? { line: proj.line, rows: proj.projects.length, columns: proj.columns } : null,
      unit: week.unit,
      remarks,
    },
  };
}

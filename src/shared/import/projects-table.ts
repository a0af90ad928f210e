import type { Table } from 'mdast';
import slugify from '@sindresorhus/slugify';
import { cellItems, CellLinkError, cellText } from './markdown-cells';
import { projectRole, type ProjectRole } from './column-roles';
import { parseUnitLabel } from './unit-label';
import { RoadmapImportError, type ColumnReport, type ImportedProject } from './roadmap-types';

export interface ProjectsResult {
  projects: ImportedProject[];
  columns: ColumnReport[];
  line: number;
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;

function fail(row: number, line: number, message: string): never {
  throw new RoadmapImportError({ message: `Projects table, row ${row} (line ${line}): ${message}`, table: 'projects', row, line });
}

/** True when a table's headers read as a projects table: a name column and one that describes it. */
export function isProjectsTable(headers: readonly string[]): boolean {
  const roles = new Set(headers.map(projectRole));
  return roles.has('name') && (roles.has('steps') || roles.has('stack') || roles.has('description'));
}

/**
 * Tech tags from the stack as written: split at commas, slashes and semicolons
 * ("Python, Flask/Django, SQLite" -> Python, Flask, Django, SQLite), duplicates dropped. This is
 * the rule the shipped curriculum's `stack` follows, and scaffold templates are chosen from it.
 */
export function stackTags(stackText: string): string[] {
  const tags = stackText.split(/[,/;]/).map((t) => t.trim()).filter(Boolean);
  return [...new Set(tags)];
}

/** Project id: the name as a slug (the key of the learner's progress, so it must be stable). */
export const projectIdOf = (name: string): string => slugify(name).slice(0, 80).replace(/-+$/, '');

/** Week numbers from a "Weeks" cell: "5, 8–10" -> [5, 8, 9, 10]; null when a part is not a number. */
function weekList(text: string): number[] | null {
  const out: number[] = [];
  for (const part of text.split(/[,;]/).map((p) => p.trim()).filter(Boolean)) {
    const label = parseUnitLabel(part);
    if (!label || label.to < label.from) return null;
    for (let w = label.from; w <= label.to; w++) out.push(w);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * Reads the projects tables into projects. A name is required and unique (by id); description,
 * steps and stack may be empty. `weekCount` bounds a "Weeks" column. Throws RoadmapImportError.
 */
export function readProjectsTables(tables: readonly Table[], weekCount: number): ProjectsResult {
  const projects: ImportedProject[] = [];
  let columns: ColumnReport[] = [];
  let rowNumber = 0;
  for (const table of tables) {
    const headers = (table.children[0]?.children ?? []).map((c) => cellText(c.children));
    const roles = headers.map(projectRole);
    const seen = new Set<ProjectRole>();
    roles.forEach((r, i) => {
      if (r && seen.has(r)) roles[i] = null; // a second column of the same meaning is not used
      if (r) seen.add(r);
    });
    if (!columns.length) columns = headers.map((header, i) => ({ header, role: roles[i] ?? null }));
    const col = (role: ProjectRole) => roles.indexOf(role);
    for (const row of table.children.slice(1)) {
      rowNumber += 1;
      const line = lineOf(row);
      const cell = (role: ProjectRole) => row.children[col(role)]?.children ?? [];
      const items = (role: ProjectRole) => {
        try {
          return cellItems(cell(role));
        } catch (e) {
          if (e instanceof CellLinkError) fail(rowNumber, line, `in the "${headers[col(role)]}" cell, ${e.message}.`);
          throw e;
        }
      };
      const name = items('name').map((i) => i.text).join(' ');
      const rest = (['description', 'steps', 'stack'] as const).some((r) => col(r) >= 0 && items(r).length);
      if (!name && !rest) continue; // blank spacer row
      if (!name) fail(rowNumber, line, `the "${headers[col('name')]}" cell is empty; each project needs a name.`);
      const id = projectIdOf(name);
      if (!id) fail(rowNumber, line, `the name "${name}" has no letters or digits to make an id from.`);
      const twin = projects.findIndex((p) => p.id === id);
      if (twin >= 0) fail(rowNumber, line, `"${name}" is already the name of row ${twin + 1}; project names must differ.`);
      const stackText = items('stack').map((i) => i.text).join(', ');
      let weeks: number[] = [];
      if (col('weeks') >= 0) {
        const text = cellText(cell('weeks'));
        const list = text ? weekList(text) : [];
        if (!list) fail(rowNumber, line, `"${text}" in the "${headers[col('weeks')]}" cell is not a list of week numbers (write e.g. "3, 5–6").`);
        const outside = list.find((w) => w < 1 || w > weekCount);
        if (outside !== undefined) fail(rowNumber, line, `week ${outside} is not in the roadmap (it has ${weekCount} weeks).`);
        weeks = list;
      }
      projects.push({
        id,
        name,
        description: items('description').map((i) => i.text).join(' '),
        steps: items('steps').map((i) => i.text),
        stack: stackTags(stackText),
        stackText,
        weeks,
      });
    }
  }
  return { projects, columns, line: lineOf(tables[0] ?? {}) };
}

import type { Table } from 'mdast';
import { cellItems, CellLinkError, cellText, type CellItem } from './markdown-cells';
import { unitOfHeader, weeklyRole, type WeeklyRole } from './column-roles';
import { parseUnitLabel, spanFault } from './unit-label';
import { DAYS_PER_UNIT, RoadmapImportError, type ColumnReport, type ImportedWeek, type RowUnit } from './roadmap-types';

/** The plan keeps at most 200 weeks (plan-schema.ts). */
export const MAX_ROWS = 200;

export interface WeeklyResult {
  weeks: ImportedWeek[];
  unit: RowUnit;
  columns: ColumnReport[];
  line: number;
  remarks: string[];
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;

const rowList = (rows: number[]) => (rows.length === 1 ? `Row ${rows[0]} has` : `Rows ${rows.join(', ')} have`);

function fail(row: number | undefined, line: number, message: string): never {
  const where = row === undefined ? `Weekly table (line ${line})` : `Weekly table, row ${row} (line ${line})`;
  throw new RoadmapImportError({ message: `${where}: ${message}`, table: 'weekly', row, line });
}

/** Column index -> meaning for a weekly table's header row; throws when a needed column is missing. */
export function weeklyColumns(table: Table): { roles: (WeeklyRole | null)[]; headers: string[] } {
  const headers = (table.children[0]?.children ?? []).map((c) => cellText(c.children));
  const roles = headers.map(weeklyRole);
  // A second unit or focus column is an extra column, reported as not used.
  const seen = new Set<WeeklyRole>();
  roles.forEach((r, i) => {
    if ((r === 'unit' || r === 'focus') && seen.has(r)) roles[i] = null;
    if (r) seen.add(r);
  });
  const line = lineOf(table);
  const list = headers.map((h) => `"${h}"`).join(', ');
  if (!seen.has('focus')) fail(undefined, line, `no column names the focus or topic of each week (the headers are ${list}).`);
  if (!seen.has('goals') && !seen.has('tasks')) fail(undefined, line, `no column holds the goals or the tasks of each week (the headers are ${list}).`);
  return { roles, headers };
}

/**
 * Reads the weekly tables (several in a row are one roadmap, e.g. one table per month) into weeks
 * numbered 1..n. Each row's span is kept and its length converted to plan weeks (DAYS_PER_UNIT).
 * Rows must follow each other without gap or overlap, in one unit. Throws RoadmapImportError
 * naming the table, row and line of the first fault.
 */
export function readWeeklyTables(tables: readonly Table[]): WeeklyResult {
  let unit: RowUnit | null = null;
  let columns: ColumnReport[] = [];
  const weeks: ImportedWeek[] = [];
  let rowNumber = 0;
  const noGoals: number[] = [];
  const noTasks: number[] = [];
  for (const table of tables) {
    const { roles, headers } = weeklyColumns(table);
    if (!columns.length) columns = headers.map((header, i) => ({ header, role: roles[i] ?? null }));
    const unitColumn = roles.indexOf('unit');
    const headerUnit = unitOfHeader(headers[unitColumn] ?? '');
    for (const row of table.children.slice(1)) {
      rowNumber += 1;
      const line = lineOf(row);
      const cells = row.children;
      const texts = headers.map((_, i) => cellText(cells[i]?.children ?? []));
      if (texts.every((t) => !t)) continue; // a blank spacer row carries nothing
      const label = texts[unitColumn] ?? '';
      const header = headers[unitColumn];
      if (!label) fail(rowNumber, line, `the "${header}" cell is empty; write the week number, e.g. "3" or "Week 3–4".`);
      const parsed = parseUnitLabel(label);
      if (!parsed) fail(rowNumber, line, `"${label}" is not a week number or range (write e.g. "3", "Week 3–4" or "Day 5").`);
      const rowUnit: RowUnit = parsed.unit ?? headerUnit ?? unit ?? 'week';
      if (unit && rowUnit !== unit) fail(rowNumber, line, `"${label}" counts in ${rowUnit}s but the rows before count in ${unit}s; use one unit for the whole table.`);
      unit = rowUnit;
      const fault = spanFault(label, parsed, rowUnit, weeks[weeks.length - 1]?.span.to ?? 0);
      if (fault) fail(rowNumber, line, fault);
      if (weeks.length >= MAX_ROWS) fail(rowNumber, line, `a plan holds at most ${MAX_ROWS} weeks and this table has more rows.`);
      const items = (role: WeeklyRole): CellItem[] => {
        const out: CellItem[] = [];
        roles.forEach((r, i) => {
          if (r !== role) return;
          try {
            out.push(...cellItems(cells[i]?.children ?? []));
          } catch (e) {
            if (e instanceof CellLinkError) fail(rowNumber, line, `in the "${headers[i]}" cell, ${e.message}.`);
            throw e;
          }
        });
        return out;
      };
      const focus = items('focus').map((i) => i.text).join(' ');
      if (!focus) fail(rowNumber, line, `the "${headers[roles.indexOf('focus')]}" cell is empty; each week needs a focus.`);
      const goals = items('goals').map((i) => i.text);
      const tasks = items('tasks');
      if (!goals.length && !tasks.length) fail(rowNumber, line, `"${label}" has no goals and no tasks; write at least one.`);
      if (!goals.length) noGoals.push(rowNumber);
      if (!tasks.length) noTasks.push(rowNumber);
      weeks.push({
        number: weeks.length + 1,
        focus,
        // A week without goals still needs one line to tick: its tasks' first item stands in.
        goals: goals.length ? goals : [tasks[0]!.text],
        tasks: tasks.length ? tasks : goals.map((text) => ({ text, links: [] })),
        span: { unit: rowUnit, from: parsed.from, to: parsed.to },
        lengthWeeks: ((parsed.to - parsed.from + 1) * DAYS_PER_UNIT[rowUnit]) / 7,
      });
    }
  }
  const remarks: string[] = [];
  if (noGoals.length) remarks.push(`${rowList(noGoals)} no goals: the first task is also the goal to tick.`);
  if (noTasks.length) remarks.push(`${rowList(noTasks)} no tasks: the goals are also the tasks.`);
  if (!weeks.length) fail(undefined, lineOf(tables[0]!), 'the table has a header but no rows.');
  return { weeks, unit: unit ?? 'week', columns, line: lineOf(tables[0]!), remarks };
}

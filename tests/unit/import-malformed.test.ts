import { describe, expect, it } from 'vitest';
import { importRoadmapMarkdown } from '../../src/shared/import/import-roadmap';

const HEAD = '| Week | Focus | Goals | Tasks |\n|---|---|---|---|\n';
const weekly = (...rows: string[]) => `# Plan\n\n${HEAD}${rows.join('\n')}\n`;
const PROJECTS_HEAD = '\n| Project | Description | Steps | Tech Stack |\n|---|---|---|---|\n';

/** Each malformed document, the message it must get, and where (table, row, line). */
const CASES: { name: string; doc: string; message: string; table?: 'weekly' | 'projects'; row?: number; line?: number }[] = [
  { name: 'empty document', doc: '  \n\n', message: 'The document is empty.' },
  {
    name: 'no table at all',
    doc: '# My plan\n\n- Week 1: basics\n- Week 2: more\n',
    message: 'No table found. A roadmap needs a table with a Week (or Day, or Month) column, a focus column and a goals or tasks column.',
  },
  {
    name: 'a table without a week column',
    doc: '| Topic | Goals |\n|---|---|\n| Basics | Learn |\n',
    message: 'None of the 1 table(s) has a Week, Day or Month column; the first one (line 1) has "Topic", "Goals".',
    line: 1,
  },
  {
    name: 'no focus column',
    doc: '# P\n\n| Week | Goals | Tasks |\n|---|---|---|\n| 1 | a | b |\n',
    message: 'Weekly table (line 3): no column names the focus or topic of each week (the headers are "Week", "Goals", "Tasks").',
    table: 'weekly',
    line: 3,
  },
  {
    name: 'neither goals nor tasks column',
    doc: '| Week | Topic | Hours |\n|---|---|---|\n| 1 | Basics | 5 |\n',
    message: 'Weekly table (line 1): no column holds the goals or the tasks of each week (the headers are "Week", "Topic", "Hours").',
    table: 'weekly',
    line: 1,
  },
  {
    name: 'header but no rows',
    doc: `# Plan\n\n${HEAD}`,
    message: 'Weekly table (line 3): the table has a header but no rows.',
    table: 'weekly',
    line: 3,
  },
  {
    name: 'empty week cell',
    doc: weekly('| 1 | A | a | b |', '|   | B | a | b |'),
    message: 'Weekly table, row 2 (line 6): the "Week" cell is empty; write the week number, e.g. "3" or "Week 3–4".',
    table: 'weekly',
    row: 2,
    line: 6,
  },
  {
    name: 'week cell that is not a number',
    doc: weekly('| Week one | A | a | b |'),
    message: 'Weekly table, row 1 (line 5): "Week one" is not a week number or range (write e.g. "3", "Week 3–4" or "Day 5").',
    table: 'weekly',
    row: 1,
    line: 5,
  },
  {
    name: 'range that ends before it starts',
    doc: weekly('| 1 | A | a | b |', '| Week 4–2 | B | a | b |'),
    message: 'Weekly table, row 2 (line 6): "Week 4–2" ends before it starts.',
    table: 'weekly',
    row: 2,
    line: 6,
  },
  {
    name: 'a week listed twice',
    doc: weekly('| 1 | A | a | b |', '| 2 | B | a | b |', '| 2 | C | a | b |'),
    message: 'Weekly table, row 3 (line 7): "2" overlaps the row before (week 2 is already planned).',
    table: 'weekly',
    row: 3,
    line: 7,
  },
  {
    name: 'a gap in the weeks',
    doc: weekly('| 1 | A | a | b |', '| Week 4 | B | a | b |'),
    message: 'Weekly table, row 2 (line 6): "Week 4" leaves a gap: week 2–3 is missing.',
    table: 'weekly',
    row: 2,
    line: 6,
  },
  {
    name: 'counting from zero',
    doc: weekly('| 0 | A | a | b |'),
    message: 'Weekly table, row 1 (line 5): "0": weeks are counted from 1.',
    table: 'weekly',
    row: 1,
    line: 5,
  },
  {
    name: 'weeks and days mixed',
    doc: weekly('| Week 1 | A | a | b |', '| Day 8 | B | a | b |'),
    message: 'Weekly table, row 2 (line 6): "Day 8" counts in days but the rows before count in weeks; use one unit for the whole table.',
    table: 'weekly',
    row: 2,
    line: 6,
  },
  {
    name: 'empty focus cell',
    doc: weekly('| 1 | A | a | b |', '| 2 | <br> | a | b |'),
    message: 'Weekly table, row 2 (line 6): the "Focus" cell is empty; each week needs a focus.',
    table: 'weekly',
    row: 2,
    line: 6,
  },
  {
    name: 'a week with no goals and no tasks',
    doc: weekly('| 1 | A | a | b |', '| 2 | B | <br> |  |'),
    message: 'Weekly table, row 2 (line 6): "2" has no goals and no tasks; write at least one.',
    table: 'weekly',
    row: 2,
    line: 6,
  },
  {
    name: 'a script link',
    doc: weekly('| 1 | A | a | - Read [this](javascript:alert(1)) |'),
    message: 'Weekly table, row 1 (line 5): in the "Tasks" cell, the link "this" goes to "javascript:alert(1)", and only web links (http or https) can be kept.',
    table: 'weekly',
    row: 1,
    line: 5,
  },
  {
    name: 'a project without a name',
    doc: weekly('| 1 | A | a | b |') + PROJECTS_HEAD + '| Blog | A blog | 1. Build | Flask |\n|  | Nameless | 1. Build | Flask |\n',
    message: 'Projects table, row 2 (line 10): the "Project" cell is empty; each project needs a name.',
    table: 'projects',
    row: 2,
    line: 10,
  },
  {
    name: 'two projects with one name',
    doc: weekly('| 1 | A | a | b |') + PROJECTS_HEAD + '| Blog | A blog | 1. Build | Flask |\n| **blog** | Again | 1. Build | Django |\n',
    message: 'Projects table, row 2 (line 10): "blog" is already the name of row 1; project names must differ.',
    table: 'projects',
    row: 2,
    line: 10,
  },
  {
    name: 'a project linked to a week the roadmap lacks',
    doc: weekly('| 1 | A | a | b |') + '\n| Project | Steps | Weeks |\n|---|---|---|\n| Blog | 1. Build | 1, 3 |\n',
    message: 'Projects table, row 1 (line 9): week 3 is not in the roadmap (it has 1 weeks).',
    table: 'projects',
    row: 1,
    line: 9,
  },
  {
    name: 'more rows than a plan holds',
    doc: weekly(...Array.from({ length: 201 }, (_, i) => `| ${i + 1} | F | g | t |`)),
    message: 'Weekly table, row 201 (line 205): a plan holds at most 200 weeks and this table has more rows.',
    table: 'weekly',
    row: 201,
    line: 205,
  },
  {
    name: 'binary data',
    doc: '| Week | Focus | Goals |\n|--|--|--|\n| 1 | \u0000\u0001 | x |\n',
    message: 'This is not a text document (it holds binary data). Choose a Markdown (.md) file.',
  },
  {
    name: 'a document too large to be a roadmap',
    doc: weekly('| 1 | A | a | b |') + 'x'.repeat(1_000_001),
    message: 'The document is 1,000 kB; a roadmap may be at most 1,000 kB.',
  },
];

describe('Markdown roadmap import refuses malformed documents with a precise message', () => {
  it('covers at least 15 distinct faults', () => {
    expect(new Set(CASES.map((c) => c.message)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('$name', ({ doc, message, table, row, line }) => {
    const before = doc.slice();
    const result = importRoadmapMarkdown(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(message);
    expect(result.error.table).toBe(table);
    expect(result.error.row).toBe(row);
    expect(result.error.line).toBe(line);
    expect('roadmap' in result).toBe(false);
    expect(doc).toBe(before);
  });
});

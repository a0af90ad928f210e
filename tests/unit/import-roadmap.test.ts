import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRoadmapMarkdown } from '../../src/shared/import/import-roadmap';
import type { ImportResult } from '../../src/shared/import/roadmap-types';

const fixture = (name: string) => readFileSync(new URL(`./import-fixtures/${name}`, import.meta.url), 'utf8');
const seed = readFileSync(new URL('../../curriculum/seed-roadmap.md', import.meta.url), 'utf8');

function imported(markdown: string) {
  const result: ImportResult = importRoadmapMarkdown(markdown);
  if (!result.ok) throw new Error(`import refused: ${result.error.message}`);
  return result;
}

describe('Markdown roadmap import', () => {
  it('reads the seed: 26 weeks, 10 projects, notes, and reports the columns it recognised', () => {
    const { roadmap, report } = imported(seed);
    expect(roadmap.title).toBe('Python Comprehensive Roadmap: Basic to Advanced');
    expect(roadmap.source).toBe('Python-Preperation-Statergy');
    expect(roadmap.subtitle).toBe('Detailed Weekly Roadmap for Python Development (6 Months)');
    expect(roadmap.weeks).toHaveLength(26);
    expect(roadmap.projects).toHaveLength(10);
    expect(report.weeklyTable.columns).toEqual([
      { header: 'Week', role: 'unit' },
      { header: 'Focus Area', role: 'focus' },
      { header: 'Goals and Skills', role: 'goals' },
      { header: 'Resources/Tasks/Projects', role: 'tasks' },
    ]);
    expect(report.projectsTable!.columns.map((c) => c.role)).toEqual(['name', 'description', 'steps', 'stack']);
    expect(report.unit).toBe('week');
    expect(report.remarks).toEqual([]);
    // Code spans keep their backticks, links keep their label in the text and their address apart.
    expect(roadmap.weeks[1]!.tasks[1]!.text).toBe('Explore built-in modules like `math`, `datetime`, and `os`.');
    expect(roadmap.weeks[10]!.tasks[0]).toEqual({ text: 'Analyze a dataset from Kaggle.', links: [{ label: 'Kaggle', url: 'https://www.kaggle.com/' }] });
    expect(roadmap.projects[0]!.stack).toEqual(['Python', 'Flask', 'Django', 'SQLite']);
  });

  it('reads a roadmap with other column names, week ranges, emoji, bold, bullets and extra columns', () => {
    const { roadmap, report } = imported(fixture('javascript-roadmap.md'));
    expect(roadmap.title).toBe('JavaScript Developer Roadmap 🚀');
    expect(roadmap.subtitle).toBe('Weekly plan');
    expect(report.weeklyTable.columns).toEqual([
      { header: 'Week', role: 'unit' },
      { header: 'Topic', role: 'focus' },
      { header: 'What to learn', role: 'goals' },
      { header: 'Practice', role: 'tasks' },
      { header: 'Hours/week', role: null },
      { header: 'Status', role: null },
    ]);
    expect(roadmap.weeks.map((w) => [w.number, w.span.from, w.span.to, w.lengthWeeks])).toEqual([
      [1, 1, 2, 2],
      [2, 3, 3, 1],
      [3, 4, 6, 3],
      [4, 7, 7, 1],
      [5, 8, 12, 5],
    ]);
    const first = roadmap.weeks[0]!;
    expect(first.focus).toBe('🌱 JS Fundamentals');
    expect(first.goals).toEqual(['Variables, `let` and `const`', 'Types and coercion', 'Control flow']);
    expect(first.tasks).toEqual([
      { text: 'Finish the MDN guide', links: [{ label: 'MDN guide', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide' }] },
      { text: '20 katas on Codewars', links: [{ label: 'Codewars', url: 'https://www.codewars.com/' }] },
    ]);
    expect(roadmap.weeks[1]!.tasks[0]!.text).toBe('Build a todo list');
    expect(report.projectsTable!.columns.map((c) => `${c.header}=${c.role}`)).toEqual(['Project=name', 'About=description', 'Milestones=steps', 'Tools=stack']);
    expect(roadmap.projects).toEqual([
      {
        id: 'weather-widget',
        name: 'Weather Widget',
        description: 'Shows the forecast for a city.',
        steps: ['Fetch data', 'Render cards', 'Cache results'],
        stack: ['JavaScript', 'Fetch API'],
        stackText: 'JavaScript, Fetch API',
        weeks: [],
      },
      {
        id: 'portfolio-site',
        name: 'Portfolio Site',
        description: 'Your personal site.',
        steps: ['Design', 'Build with React', 'Deploy'],
        stack: ['React', 'Vite', 'Netlify'],
        stackText: 'React / Vite, Netlify',
        weeks: [],
      },
    ]);
  });

  it('reads a roadmap without a projects table: the board starts empty, and says so', () => {
    const { roadmap, report } = imported(fixture('dsa-plan.md'));
    expect(roadmap.title).toBe('DSA in 8 Weeks');
    expect(roadmap.weeks.map((w) => w.focus)).toEqual([
      'Arrays & Strings', 'Hashing', 'Linked Lists', 'Stacks & Queues', 'Trees', 'Graphs', 'Dynamic Programming', 'Mock interviews',
    ]);
    expect(report.weeklyTable.columns.map((c) => c.role)).toEqual(['unit', 'focus', 'goals', 'tasks']);
    expect(roadmap.weeks[0]!.goals).toEqual(['Two pointers', 'Sliding window']);
    expect(roadmap.weeks[0]!.tasks).toEqual([
      { text: 'LeetCode 1', links: [{ label: 'LeetCode 1', url: 'https://leetcode.com/problems/two-sum/' }] },
      { text: 'LeetCode 3', links: [] },
    ]);
    expect(roadmap.projects).toEqual([]);
    expect(report.projectsTable).toBeNull();
    expect(report.remarks).toContain('No projects table: the board starts empty and you can add your own projects.');
  });

  it('reads day ranges and maps each row to plan weeks by its length', () => {
    const { roadmap, report } = imported(fixture('ml-30-days.md'));
    expect(report.unit).toBe('day');
    expect(roadmap.weeks.map((w) => [w.focus, w.span.from, w.span.to])).toEqual([
      ['NumPy & Pandas', 1, 3],
      ['Statistics', 4, 7],
      ['Linear models', 8, 14],
      ['Review', 15, 15],
      ['Trees and ensembles', 16, 30],
    ]);
    expect(roadmap.weeks.map((w) => w.lengthWeeks * 7)).toEqual([3, 4, 7, 1, 15].map((d) => expect.closeTo(d, 9)));
    expect(roadmap.weeks[2]!.tasks[0]!.text).toBe('`scikit-learn` user guide');
    expect(roadmap.weeks[1]!.tasks[0]!.text).toBe('Think Stats, chapters 1–4');
    expect(report.weeklyTable.columns.find((c) => c.header === 'Notes')!.role).toBeNull();
    expect(roadmap.projects[0]!.stack).toEqual(['Python', 'pandas', 'scikit-learn']);
    expect(report.remarks.some((r) => r.startsWith('Rows count in days'))).toBe(true);
  });

  it('reads month rows as four plan weeks each', () => {
    const { roadmap, report } = imported(fixture('data-months.md'));
    expect(report.unit).toBe('month');
    expect(roadmap.weeks.map((w) => [w.number, w.focus, w.lengthWeeks])).toEqual([
      [1, 'SQL', 4],
      [2, 'Python for data', 4],
      [3, 'Orchestration', 4],
    ]);
    expect(report.weeklyTable.columns.map((c) => c.role)).toEqual(['unit', 'focus', 'goals', 'tasks']);
  });

  it('tolerates a byte-order mark, CRLF line ends and trailing spaces', () => {
    const crlf = '\uFEFF# Plan  \r\n\r\n| Week   | Focus   | Goals  |  \r\n|--|--|--|\r\n| 1   | Start   | Read the docs   |   \r\n';
    const { roadmap } = imported(crlf);
    expect(roadmap.title).toBe('Plan');
    expect(roadmap.weeks).toEqual([
      { number: 1, focus: 'Start', goals: ['Read the docs'], tasks: [{ text: 'Read the docs', links: [] }], span: { unit: 'week', from: 1, to: 1 }, lengthWeeks: 1 },
    ]);
  });
});

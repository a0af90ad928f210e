import type { List, RootContent } from 'mdast';
import { cellItems, CellLinkError, cellText } from './markdown-cells';
import { stackTags, projectIdOf } from './projects-table';
import { parseUnitLabel, spanFault } from './unit-label';
import { DAYS_PER_UNIT, RoadmapImportError, type ImportedProgress, type ImportedProject, type ImportedWeek, type RowUnit } from './roadmap-types';
import { CalendarDateSchema, PaceSchema, type WeekStatus } from '../plan-schema';
import { isReplanLine, parseReplanLine } from '../export/replan-line';
import { isStudyLogLine, parseStudyLogLine } from '../export/study-log-line';
import { isLengthLine, parseLengthLine } from '../export/length-line';

const lineOf = (node: RootContent) => node.position?.start.line ?? 0;
const DATE = /\d{4}-\d{2}-\d{2}/;
const DONE_SUFFIX = /\s*\(done (\d{4}-\d{2}-\d{2})\)$/;
const STATUS: Record<string, WeekStatus> = { 'not started': 'not-started', 'in progress': 'in-progress', done: 'done', skipped: 'skipped' };

/** "Week 1–2 — Focus" -> label and focus; null when the heading is not a week heading. */
export function weekHeading(text: string): { label: string; focus: string } | null {
  const at = text.indexOf(' — ');
  if (at < 0) return null;
  const label = text.slice(0, at).trim();
  const parsed = parseUnitLabel(label);
  return parsed?.unit ? { label, focus: text.slice(at + 3).trim() } : null;
}

const isWeekHeading = (n: RootContent) => n.type === 'heading' && n.depth === 2 && weekHeading(cellText(n.children)) !== null;

export interface ChecklistResult {
  weeks: ImportedWeek[];
  projects: ImportedProject[];
  progress: ImportedProgress;
  unit: RowUnit;
  line: number;
}

/** True when the document is a progress checklist (level-2 "Week N — focus" headings). */
export const isChecklist = (nodes: readonly RootContent[]): boolean => nodes.some(isWeekHeading);

/**
 * Reads the checklist that export/progress-checklist.ts writes (and the same shape written by
 * hand): per week its goals and tasks lists, ticks with their "(done YYYY-MM-DD)" days (a tick
 * without a day counts from `today`), the status line; then the "Projects" section. Throws
 * RoadmapImportError naming the week heading and line of the first fault.
 */
export function readChecklist(nodes: readonly RootContent[], today: string): ChecklistResult {
  const weeks: ImportedWeek[] = [];
  const tasksDone: (string | null)[][] = [];
  const progress: ImportedProgress = { weeks: [], tasksDone };
  let unit: RowUnit | null = null;
  const starts = nodes.map((n, i) => (isWeekHeading(n) ? i : -1)).filter((i) => i >= 0);
  for (const [k, start] of starts.entries()) {
    const heading = nodes[start]!;
    const line = lineOf(heading);
    const { label, focus } = weekHeading(cellText((heading as Extract<RootContent, { type: 'heading' }>).children))!;
    const fail = (message: string): never => {
      throw new RoadmapImportError({ message: `Checklist, "${label}" (line ${line}): ${message}`, row: k + 1, line });
    };
    const span = parseUnitLabel(label)!;
    const rowUnit = span.unit!;
    if (unit && rowUnit !== unit) fail(`counts in ${rowUnit}s but the weeks before count in ${unit}s.`);
    unit = rowUnit;
    const fault = spanFault(label, span, rowUnit, weeks[weeks.length - 1]?.span.to ?? 0);
    if (fault) fail(fault);
    if (!focus) fail('the heading has no focus after the dash.');
    const end = starts[k + 1] ?? nodes.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= 2);
    const section = nodes.slice(start + 1, end < 0 ? undefined : end);
    const listAfter = (word: string): List | null => {
      const at = section.findIndex((n) => n.type === 'paragraph' && cellText(n.children).toLowerCase() === `${word}:`);
      const list = at >= 0 ? section[at + 1] : undefined;
      return list?.type === 'list' ? list : null;
    };
    const items = (list: List | null) =>
      (list?.children ?? []).flatMap((item) => {
        const para = item.children.find((c) => c.type === 'paragraph');
        if (!para || para.type !== 'paragraph') return [];
        try {
          return cellItems(para.children).map((x) => ({ ...x, checked: item.checked === true }));
        } catch (e) {
          if (e instanceof CellLinkError) fail(`${e.message}.`);
          throw e;
        }
      });
    const statusPara = section.find((n) => n.type === 'paragraph' && cellText(n.children).startsWith('Status:'));
    const statusText = statusPara?.type === 'paragraph' ? cellText(statusPara.children) : 'Status: not started';
    const parts = statusText.slice('Status:'.length).split('·').map((p) => p.trim());
    const status = STATUS[parts[0] ?? ''];
    if (!status) fail(`"${parts[0]}" is not a status (write not started, in progress, done or skipped).`);
    const dateAfter = (word: string) => parts.find((p) => p.startsWith(`${word} `))?.match(DATE)?.[0] ?? null;
    const goalItems = items(listAfter('goals'));
    if (!goalItems.length) fail('there is no "Goals:" list, or it is empty.');
    const taskItems = items(listAfter('tasks'));
    const goalsDone = goalItems.map((g) => (g.checked ? (DONE_SUFFIX.exec(g.text)?.[1] ?? today) : null));
    const goals = goalItems.map((g) => g.text.replace(DONE_SUFFIX, ''));
    // A box ticked without a day in a done week was ticked by the week (the export writes it so).
    tasksDone.push(taskItems.map((t) => (t.checked ? (DONE_SUFFIX.exec(t.text)?.[1] ?? (status === 'done' ? null : today)) : null)));
    weeks.push({
      number: weeks.length + 1,
      focus,
      goals,
      tasks: taskItems.length ? taskItems.map(({ text, links }) => ({ text: text.replace(DONE_SUFFIX, ''), links })) : goals.map((text) => ({ text, links: [] })),
      span: { unit: rowUnit, from: span.from, to: span.to },
      lengthWeeks: ((span.to - span.from + 1) * DAYS_PER_UNIT[rowUnit]) / 7,
    });
    const logPara = section.find((n) => n.type === 'paragraph' && isStudyLogLine(cellText(n.children)));
    const logText = logPara?.type === 'paragraph' ? cellText(logPara.children) : null;
    const studyLog = logText === null ? undefined : parseStudyLogLine(logText);
    if (studyLog === null) fail(`"${logText}" is not understood (write "Study log: YYYY-MM-DD 90 min, YYYY-MM-DD 30 min").`);
    const lengthPara = section.find((n) => n.type === 'paragraph' && isLengthLine(cellText(n.children)));
    const lengthText = lengthPara?.type === 'paragraph' ? cellText(lengthPara.children) : null;
    const lengthFactor = lengthText === null ? undefined : parseLengthLine(lengthText);
    if (lengthFactor === null) fail(`"${lengthText}" (line ${lineOf(lengthPara!)}) is not understood (write "Length: 1.5× as long", from 0.25 to 4).`);
    progress.weeks.push({
      status: status!,
      startedOn: dateAfter('started'),
      completedOn: dateAfter('finished'),
      goalsDone,
      ...(studyLog ? { studyLog } : {}),
      ...(lengthFactor ? { lengthFactor } : {}),
    });
  }
  const schedule = readSchedule(nodes.slice(0, starts[0]));
  if (schedule) progress.schedule = schedule;
  const replan = readReplan(nodes.slice(0, starts[0]));
  if (replan) progress.replan = replan;
  return { weeks, projects: readProjectSections(nodes), progress, unit: unit ?? 'week', line: lineOf(nodes[starts[0]!]!) };
}

const SCHEDULE = /^Schedule: (?:start (\d{4}-\d{2}-\d{2})|no start date) · pace (?:([\d.]+) calendar weeks? per roadmap week|([\d.]+) hours? a week, ([\d.]+) hours? per roadmap week)$/;

/**
 * The "Schedule:" line before the first week (export/progress-checklist.ts scheduleLine), as a
 * start date and pace; undefined when there is none. Throws RoadmapImportError when it is there
 * but cannot be read, rather than quietly planning from another date.
 */
function readSchedule(nodes: readonly RootContent[]): ImportedProgress['schedule'] {
  for (const node of nodes) {
    const para = node.type === 'blockquote' ? node.children[0] : node;
    if (para?.type !== 'paragraph') continue;
    const text = cellText(para.children);
    if (!text.startsWith('Schedule:')) continue;
    const m = SCHEDULE.exec(text);
    const pace = m && (m[2] ? { mode: 'calendar', weeksPerRoadmapWeek: Number(m[2]) } : { mode: 'hours', hoursPerWeek: Number(m[3]), hoursPerRoadmapWeek: Number(m[4]) });
    const parsed = PaceSchema.safeParse(pace);
    const startDate = m?.[1] ?? null;
    if (!parsed.success || (startDate && !CalendarDateSchema.safeParse(startDate).success)) {
      const line = lineOf(node);
      throw new RoadmapImportError({
        message: `Checklist, schedule line (line ${line}): "${text}" is not understood (write "Schedule: start YYYY-MM-DD · pace 1 calendar week per roadmap week", or a pace of 0.25 to 8 weeks).`,
        line,
      });
    }
    return { startDate, pace: parsed.data };
  }
  return undefined;
}

/**
 * The "Re-plan:" line before the first week (export/replan-line.ts), or undefined when there is
 * none. Throws RoadmapImportError when it is there but cannot be read: planning the copy from the
 * current pace instead would show other dates than the original without a word (check s6, N1).
 */
function readReplan(nodes: readonly RootContent[]): ImportedProgress['replan'] {
  for (const node of nodes) {
    const para = node.type === 'blockquote' ? node.children[0] : node;
    if (para?.type !== 'paragraph') continue;
    const text = cellText(para.children);
    if (!isReplanLine(text)) continue;
    const replan = parseReplanLine(text);
    if (replan) return replan;
    const line = lineOf(node);
    throw new RoadmapImportError({
      message: `Checklist, re-plan line (line ${line}): "${text}" is not understood (write "Re-plan: from week 4 on YYYY-MM-DD", optionally followed by " · earlier weeks kept at days 0–7, 7–14, 14–21 from the start", one pair per earlier week).`,
      line,
    });
  }
  return undefined;
}

/** "## Projects" then per project "### Name", a description, "Steps:" list, "Tech stack:" and "Weeks:" lines. */
function readProjectSections(nodes: readonly RootContent[]): ImportedProject[] {
  const at = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2 && cellText(n.children) === 'Projects');
  if (at < 0) return [];
  const projects: ImportedProject[] = [];
  let current: ImportedProject | null = null;
  let expectSteps = false;
  for (const node of nodes.slice(at + 1)) {
    if (node.type === 'heading' && node.depth <= 2) break;
    if (node.type === 'heading') {
      const name = cellText(node.children);
      current = { id: projectIdOf(name), name, description: '', steps: [], stack: [], stackText: '', weeks: [] };
      projects.push(current);
      continue;
    }
    if (!current) continue;
    if (node.type === 'list' && expectSteps) {
      current.steps = node.children.map((item) => cellText(item.children.flatMap((c) => (c.type === 'paragraph' ? c.children : []))));
      expectSteps = false;
      continue;
    }
    if (node.type !== 'paragraph') continue;
    const text = cellText(node.children);
    expectSteps = text === 'Steps:';
    if (expectSteps) continue;
    if (text.startsWith('Tech stack: ')) {
      current.stackText = text.slice('Tech stack: '.length);
      current.stack = stackTags(current.stackText);
    } else if (text.startsWith('Weeks: ')) {
      current.weeks = text.slice('Weeks: '.length).split(',').map((w) => Number(w.trim())).filter((w) => Number.isInteger(w) && w > 0);
    } else if (!current.description) {
      current.description = text;
    }
  }
  return projects;
}

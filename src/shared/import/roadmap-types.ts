import type { Link, Project, Week } from '../curriculum-schema';
import type { Pace, WeekStatus } from '../plan-schema';

/** The unit a roadmap's rows are written in. The plan's unit is always one roadmap week. */
export type RowUnit = 'week' | 'day' | 'month';

/** Days one unit stands for. A month is taken as 4 weeks, the longest a plan week may stretch. */
export const DAYS_PER_UNIT: Record<RowUnit, number> = { day: 1, week: 7, month: 28 };

/** One row of the weekly table, numbered 1..n in the plan whatever the document called it. */
export interface ImportedWeek extends Week {
  /** What the document wrote: `Week 1–2` is `{ unit: 'week', from: 1, to: 2 }`. */
  span: { unit: RowUnit; from: number; to: number };
  /** The row's length in plan weeks (days / 7): 2 for "Week 1–2", 3/7 for "Day 1–3", 4 for "Month 1". */
  lengthWeeks: number;
}

/** A projects-table row. `weeks` is empty: a document does not say which weeks a project fits. */
export interface ImportedProject extends Omit<Project, 'steps'> {
  steps: string[];
}

export interface ImportedRoadmap {
  title: string;
  subtitle: string;
  source: string;
  weeks: ImportedWeek[];
  projects: ImportedProject[];
  notes: { title: string; text: string }[];
}

/** Which header was understood as what, so the learner can check the import before using it. */
export interface ColumnReport {
  header: string;
  /** The meaning given to the column, or null when the column is kept out (an extra column). */
  role: string | null;
}

export interface ImportReport {
  /** Where the weeks came from; for a checklist import, `line` is its first week heading. */
  format: 'table' | 'checklist';
  weeklyTable: { line: number; rows: number; columns: ColumnReport[] };
  projectsTable: { line: number; rows: number; columns: ColumnReport[] } | null;
  unit: RowUnit;
  /** Plain sentences about what was assumed (title missing, days mapped to weeks, …). */
  remarks: string[];
}

/** Where and what: `table` and `row` (1-based, header excluded) are set when the fault is in one. */
export interface ImportProblem {
  message: string;
  table?: 'weekly' | 'projects';
  row?: number;
  line?: number;
}

/** Progress read from a checklist export, one entry per week, in the plan's own terms. */
export interface ImportedProgress {
  weeks: {
    status: WeekStatus;
    startedOn: string | null;
    completedOn: string | null;
    goalsDone: (string | null)[];
    /** The week's "Study log:" line (export/study-log-line.ts); absent when it has none. */
    studyLog?: { on: string; minutes: number }[];
    /** The week's "Length:" line (export/length-line.ts), ¼ to 4; absent when the label's length stands. */
    lengthFactor?: number;
  }[];
  /** Per week, per task: the day it was ticked, or null (a box ticked only because the week is done is null). */
  tasksDone?: (string | null)[][];
  /** The "Schedule:" line: start date and pace; absent in a checklist without one. */
  schedule?: { startDate: string | null; pace: Pace };
  /** The "Re-plan:" line (settings.replan, see export/replan-line.ts); absent when the plan had none. */
  replan?: { fromWeek: number; on: string; kept?: [number, number][] };
}

export type ImportResult =
  | { ok: true; roadmap: ImportedRoadmap; report: ImportReport; progress?: ImportedProgress }
  | { ok: false; error: ImportProblem };

export type { Link };

/** Thrown inside the importer and turned into `{ ok: false }` at its edge; never escapes it. */
export class RoadmapImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

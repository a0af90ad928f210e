import { z } from 'zod';
import { DATE_RANGE_MESSAGE, isPlannableDate } from './date-limits';
import { PLAN_VERSION, PROJECT_TEXT_LIMITS, TEXT_LIMITS } from './plan-limits';

export { PLAN_VERSION, PROJECT_TEXT_LIMITS, TEXT_LIMITS } from './plan-limits';

/*
 * The user's plan: everything they own, never the curriculum text (that ships with the app and
 * is joined by id). Bump PLAN_VERSION (plan-limits.ts) with a migration in src/main/core/migrations.ts.
 */

/** A calendar day in the user's time zone, not an instant: DST and zones cannot shift it. */
export const CalendarDateSchema = z.iso.date();
export type CalendarDate = z.infer<typeof CalendarDateSchema>;
/**
 * A day the user may type (a start, a finish): within 1970..2200 so every planned date exists
 * (see date-limits.ts). Stored plans keep the wider CalendarDateSchema, so an older file with an
 * odd date still opens; the planner tolerates it (domain/schedule.ts).
 */
export const PlannableDateSchema = CalendarDateSchema.refine(isPlannableDate, DATE_RANGE_MESSAGE);

/** Ids start with a letter or digit, which also rules out `__proto__` and friends as record keys. */
export const IdSchema = z.string().min(1).max(80).regex(/^[a-z0-9][a-z0-9_-]*$/i, 'must be letters, digits, - or _');

export const UserLinkSchema = z.strictObject({
  label: z.string().trim().min(1).max(TEXT_LIMITS.linkLabel),
  url: z.url({ protocol: /^https?$/ }).max(TEXT_LIMITS.url),
});
export type UserLink = z.infer<typeof UserLinkSchema>;

export const ColumnRoleSchema = z.enum(['todo', 'doing', 'review', 'done']);
export const ColumnSchema = z.strictObject({
  id: IdSchema,
  title: z.string().trim().min(1).max(TEXT_LIMITS.columnTitle),
  /** What entering the column means: `doing` stamps a start date, `done` a finish date. */
  role: ColumnRoleSchema,
  wipLimit: z.int().min(1).max(999).nullable(),
});
export type Column = z.infer<typeof ColumnSchema>;

export const PaceSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('calendar'), weeksPerRoadmapWeek: z.number().min(0.25).max(8) }),
  z.strictObject({
    mode: z.literal('hours'),
    hoursPerWeek: z.number().min(1).max(100),
    hoursPerRoadmapWeek: z.number().min(1).max(200),
  }),
]);
export type Pace = z.infer<typeof PaceSchema>;

export const WeekStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'skipped']);
export type WeekStatus = z.infer<typeof WeekStatusSchema>;

export const WeekProgressSchema = z.strictObject({
  status: WeekStatusSchema,
  /** One entry per curriculum goal: the day it was ticked, or null. */
  goalsDone: z.array(CalendarDateSchema.nullable()),
  /** One entry per curriculum task (the seed's "Resources/Tasks/Projects"): the day it was ticked, or null. */
  tasksDone: z.array(CalendarDateSchema.nullable()).max(200).default([]),
  /**
   * Indexes ticked by setting the week Done by hand (not by the user one by one), so that setting
   * it back restores exactly the user's own ticks (issue 12 case 6; see domain/week-ticks.ts).
   */
  autoTicked: z
    .strictObject({ goals: z.array(z.int().min(0).max(200)).max(200), tasks: z.array(z.int().min(0).max(200)).max(200) })
    .default({ goals: [], tasks: [] }),
  /** Study time logged for this week, one entry per logging day (see domain/study-hours.ts). */
  studyLog: z.array(z.strictObject({ on: CalendarDateSchema, minutes: z.int().min(1).max(100_000) })).max(1000).default([]),
  notes: z.string().max(TEXT_LIMITS.weekNotes),
  links: z.array(UserLinkSchema).max(50),
  /** Stretch or shrink this one week against the pace (1 = as planned). */
  lengthFactor: z.number().min(0.25).max(4),
  startedOn: CalendarDateSchema.nullable(),
  completedOn: CalendarDateSchema.nullable(),
});
export type WeekProgress = z.infer<typeof WeekProgressSchema>;

export const ProjectNameSchema = z.string().trim().min(1).max(PROJECT_TEXT_LIMITS.name);
export const ProjectDescriptionSchema = z.string().max(PROJECT_TEXT_LIMITS.description);
export const ProjectStackSchema = z.string().max(PROJECT_TEXT_LIMITS.stack);

export const ProjectProgressSchema = z.strictObject({
  notes: z.string().max(TEXT_LIMITS.projectNotes),
  repoUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(TEXT_LIMITS.url)]),
  startedOn: CalendarDateSchema.nullable(),
  finishedOn: CalendarDateSchema.nullable(),
  /** Absolute path of the scaffolded folder, once created. */
  folder: z.string().max(4096).nullable(),
  /**
   * The learner's pick for each alternative of the roadmap's stack ("Flask/Django" → "Flask"),
   * keyed by the alternative as written (see domain/project-stack.ts).
   */
  stackChoices: z.record(z.string().min(1).max(200), z.string().min(1).max(100)).default({}),
  /**
   * The learner's own words for the project, each over the roadmap's; a field left out reads as the
   * roadmap's text, so "reset to the roadmap's text" is an empty object (domain/project-text.ts).
   */
  text: z
    .strictObject({ name: ProjectNameSchema.optional(), description: ProjectDescriptionSchema.optional(), stack: ProjectStackSchema.optional() })
    .default({}),
  /** A project the learner added themselves (not in the roadmap); its words are all in `text`. */
  custom: z.boolean().default(false),
});
export type ProjectProgress = z.infer<typeof ProjectProgressSchema>;

export const StepSchema = z.strictObject({
  id: IdSchema,
  projectId: IdSchema,
  title: z.string().trim().min(1).max(TEXT_LIMITS.stepTitle),
  /** Built-in steps come from the roadmap; they can be edited, archived and restored. */
  builtin: z.boolean(),
  state: z.enum(['active', 'archived', 'deleted']),
  completedOn: CalendarDateSchema.nullable(),
});
export type Step = z.infer<typeof StepSchema>;

/** column id -> ordered card ids: the whole of a board's layout (dnd-kit's MultipleContainers shape). */
export const CellsSchema = z.record(IdSchema, z.array(IdSchema));
export type Cells = z.infer<typeof CellsSchema>;

export const BoardSchema = z.strictObject({
  columns: z.array(ColumnSchema).min(1).max(20),
  projects: CellsSchema,
  /** project id -> (column id -> ordered step ids): one swimlane per project. */
  steps: z.record(IdSchema, CellsSchema),
  collapsedLanes: z.array(IdSchema),
});
export type Board = z.infer<typeof BoardSchema>;

export const SettingsSchema = z.strictObject({
  startDate: CalendarDateSchema.nullable(),
  pace: PaceSchema,
  /** False until the user has answered (or skipped) the first-run questions. */
  onboarded: z.boolean(),
  /**
   * Set when the pace changes mid-way: weeks from `fromWeek` on are planned from `on` with the new
   * pace. The weeks before it keep the planned [start, end] day offsets in `kept` (since audit s6,
   * fault 7: days ahead or behind still count against those dates); without `kept` (plans saved
   * before) the finished weeks before it keep their real dates (see domain/schedule.ts, domain/replan.ts).
   */
  replan: z
    .strictObject({
      fromWeek: z.int().min(1),
      on: CalendarDateSchema,
      kept: z.array(z.tuple([z.number().min(0).max(1e6), z.number().min(0).max(1e6)])).max(200).optional(),
    })
    .nullable()
    .default(null),
  workspaceDir: z.string().max(4096).nullable(),
  /** Whether a newly created project folder becomes a Git repository with a first commit. */
  scaffoldGit: z.boolean().default(true),
  /** Desktop reminders when a planned week starts or the learner falls behind (domain/nudge.ts). */
  nudges: z.boolean().default(true),
  /** What reminders were already shown, so none repeats; the app's bookkeeping, not user text. */
  nudgeLog: z
    .strictObject({ lastOn: CalendarDateSchema.nullable(), weekAnnounced: z.int().min(0).max(1000), behindAnnounced: z.boolean() })
    .default({ lastOn: null, weekAnnounced: 0, behindAnnounced: false }),
  /** Workspace folders chosen before, newest first (offered again by the browser's path field). */
  recentWorkspaces: z.array(z.string().max(4096)).max(8).default([]),
  profile: z.strictObject({
    name: z.string().max(TEXT_LIMITS.profileName),
    headline: z.string().max(TEXT_LIMITS.profileHeadline),
    links: z.array(UserLinkSchema).max(20),
  }),
  portfolio: z.strictObject({
    includeInProgress: z.boolean(),
    includeProgress: z.boolean(),
    includeNotes: z.boolean(),
  }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const PlanSchema = z
  .strictObject({
    version: z.literal(PLAN_VERSION),
    createdOn: CalendarDateSchema,
    settings: SettingsSchema,
    weeks: z.array(WeekProgressSchema).min(1).max(200),
    projects: z.record(IdSchema, ProjectProgressSchema),
    steps: z.record(IdSchema, StepSchema),
    board: BoardSchema,
    /**
     * When this plan was saved (ISO 8601, UTC). Backups are ordered by it, never by their file
     * names, so a copy made under another time zone or a wrong clock cannot pass for a newer one.
     */
    savedAt: z.string().max(40).optional(),
  })
  .superRefine((plan, ctx) => {
    for (const issue of boardIntegrityIssues(plan)) ctx.addIssue({ code: 'custom', message: issue, path: ['board'] });
  });
export type Plan = z.infer<typeof PlanSchema>;

/**
 * Every card sits in exactly one cell and every cell belongs to a column: a board that breaks this
 * would lose or duplicate cards on the next move, so it is treated as a corrupt file.
 */
export function boardIntegrityIssues(plan: Pick<Plan, 'board' | 'projects' | 'steps'>): string[] {
  const issues: string[] = [];
  const columnIds = new Set(plan.board.columns.map((c) => c.id));
  if (columnIds.size !== plan.board.columns.length) issues.push('duplicate column id');
  const checkCells = (cells: Cells, expected: Set<string>, what: string) => {
    const seen = new Set<string>();
    for (const [col, ids] of Object.entries(cells)) {
      if (!columnIds.has(col)) issues.push(`${what}: unknown column ${col}`);
      for (const id of ids) {
        if (seen.has(id)) issues.push(`${what}: ${id} appears twice`);
        if (!expected.has(id)) issues.push(`${what}: unknown card ${id}`);
        seen.add(id);
      }
    }
    for (const col of columnIds) if (!(col in cells)) issues.push(`${what}: column ${col} has no cell`);
    for (const id of expected) if (!seen.has(id)) issues.push(`${what}: ${id} is on no column`);
  };
  checkCells(plan.board.projects, new Set(Object.keys(plan.projects)), 'projects');
  // Group steps once: this runs on every save, and a per-project scan is quadratic on big boards.
  const stepsByProject = new Map<string, Set<string>>();
  for (const [key, step] of Object.entries(plan.steps)) {
    if (key !== step.id) issues.push(`steps: ${key} is stored under another id (${step.id})`);
    let own = stepsByProject.get(step.projectId);
    if (!own) stepsByProject.set(step.projectId, (own = new Set()));
    own.add(step.id);
  }
  for (const projectId of Object.keys(plan.projects)) {
    const lane = plan.board.steps[projectId];
    if (!lane) issues.push(`steps: project ${projectId} has no lane`);
    else checkCells(lane, stepsByProject.get(projectId) ?? new Set(), `steps of ${projectId}`);
  }
  for (const projectId of stepsByProject.keys()) {
    if (!(projectId in plan.projects)) issues.push(`steps: steps of unknown project ${projectId}`);
  }
  for (const laneId of Object.keys(plan.board.steps)) {
    if (!(laneId in plan.projects)) issues.push(`steps: lane for unknown project ${laneId}`);
  }
  return issues;
}

import { z } from 'zod';
import { PaceSchema, PlannableDateSchema, PlanSchema, WeekProgressSchema, WeekStatusSchema } from '../../plan-schema';

/** 1-based roadmap week number, as the user sees it. */
const WeekNumber = z.int().min(1).max(200);

export const roadmapChannels = {
  /** Ticks or unticks one goal; main stamps the day from its clock. */
  'roadmap:set-goal': {
    request: z.strictObject({ week: WeekNumber, goal: z.int().min(0).max(200), done: z.boolean() }),
    reply: PlanSchema,
  },
  /** Ticks or unticks one task of a week (same rules as goals: see domain/week-ticks.ts). */
  'roadmap:set-task': {
    request: z.strictObject({ week: WeekNumber, task: z.int().min(0).max(200), done: z.boolean() }),
    reply: PlanSchema,
  },
  /**
   * Study time for one week: `add` logs more minutes today (the +30 min / +1 h buttons), `total`
   * sets the week's total (see domain/study-hours.ts for how a lower total is taken back).
   */
  'roadmap:log-study': {
    request: z.strictObject({ week: WeekNumber, mode: z.enum(['add', 'total']), minutes: z.int().min(0).max(100_000) }),
    reply: PlanSchema,
  },
  /** Done and skipped stamp a completion day; back to not started clears the week's dates. */
  'roadmap:set-week-status': {
    request: z.strictObject({ week: WeekNumber, status: WeekStatusSchema }),
    reply: PlanSchema,
  },
  /** The user's own notes, links and length for one week; only the given keys change. */
  'roadmap:update-week': {
    request: z.strictObject({
      week: WeekNumber,
      patch: WeekProgressSchema.pick({ notes: true, links: true, lengthFactor: true }).partial(),
      /** What the notes held when the edit began; notes changed elsewhere since are not written over. */
      base: z.strictObject({ notes: z.string().max(1_000_000) }).partial().optional(),
    }),
    reply: PlanSchema,
  },
  /** Start date and pace (the first-run answer or a later change); re-plans only unfinished weeks. */
  'roadmap:set-schedule': {
    request: z.strictObject({ startDate: PlannableDateSchema, pace: PaceSchema }),
    reply: PlanSchema,
  },
  'roadmap:skip-onboarding': { request: z.strictObject({}), reply: PlanSchema },
};

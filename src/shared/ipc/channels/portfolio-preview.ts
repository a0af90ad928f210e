import { z } from 'zod';
import { CalendarDateSchema, SettingsSchema } from '../../plan-schema';

/*
 * The reply of `portfolio:preview` (export/portfolio-preview.ts PortfolioPreview): the portfolio
 * model every exporter draws, field for field (export/portfolio-model.ts), and the notes' links.
 */
const LinkSchema = z.strictObject({ label: z.string(), url: z.string() });

const ProjectSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  stack: z.array(z.string()),
  status: z.enum(['done', 'in-progress']),
  stage: z.enum(['doing', 'review', 'done']),
  stepsDone: z.array(z.string()),
  stepsTotal: z.int().min(0),
  repoUrl: z.string().nullable(),
  startedOn: CalendarDateSchema.nullable(),
  finishedOn: CalendarDateSchema.nullable(),
  notes: z.string().nullable(),
});

const ProgressSchema = z.strictObject({
  weeksDone: z.int().min(0),
  weeksTotal: z.int().min(0),
  goalsDone: z.int().min(0),
  goalsTotal: z.int().min(0),
  goalPercent: z.int().min(0).max(100),
  tasksDone: z.int().min(0),
  tasksTotal: z.int().min(0),
  currentWeek: z.strictObject({ number: z.int(), focus: z.string() }).nullable(),
});

const ModelSchema = z.strictObject({
  title: z.string(),
  name: z.string(),
  headline: z.string(),
  links: z.array(LinkSchema),
  generatedOn: CalendarDateSchema,
  projects: z.array(ProjectSchema),
  counts: z.strictObject({
    done: z.int().min(0),
    inProgress: z.int().min(0),
    total: z.int().min(0),
    stages: z.strictObject({ doing: z.int().min(0), review: z.int().min(0) }).optional(),
  }),
  progress: ProgressSchema.nullable(),
  skills: z.array(z.strictObject({ week: z.int(), focus: z.string(), goals: z.array(z.string()) })),
});

const TextPartSchema = z.union([
  z.strictObject({ text: z.string(), href: z.null() }),
  z.strictObject({ text: z.string(), href: z.string() }),
]);

export const PortfolioPreviewRequestSchema = z.strictObject({
  /** The options the page shows (what its checkboxes say); the export reads the same ones from the saved plan. */
  options: SettingsSchema.shape.portfolio,
});

export const PortfolioPreviewSchema = z.strictObject({
  model: ModelSchema,
  noteLinks: z.record(z.string(), z.array(TextPartSchema)),
});

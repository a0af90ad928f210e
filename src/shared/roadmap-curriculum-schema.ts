import { z } from 'zod';
import { checkCurriculumLinks, WeekSchema, type Curriculum } from './curriculum-schema';
import { WeekProjectLinksSchema } from './week-project-links-schema';

/**
 * A roadmap the learner imported (see import/import-roadmap.ts): the same shape as the built-in
 * curriculum, without its fixed counts (26 weeks, 10 projects of 3 steps). Projects are optional
 * and may lack a description, steps or a stack; weeks are bounded by what a plan holds (200).
 * The built-in curriculum passes this schema too, so everything that crosses IPC uses it.
 */
export const RoadmapProjectSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80),
  name: z.string().min(1).max(300),
  description: z.string().max(5000),
  steps: z.array(z.string().min(1).max(300)).max(50),
  stack: z.array(z.string().min(1).max(100)).max(30),
  stackText: z.string().max(1000),
  weeks: z.array(z.int().min(1)).max(200),
});

/**
 * A week of an imported roadmap, with the row label as the document wrote it ("Week 1–2" is
 * `{ unit: 'week', from: 1, to: 2 }`), so the progress checklist can write it back and a
 * re-import gives the same week lengths (issue 17 review: checklist round trip). Optional: the
 * built-in curriculum and roadmaps imported before have none (read as "Week N").
 */
export const RoadmapWeekSchema = WeekSchema.extend({
  span: z.strictObject({ unit: z.enum(['week', 'day', 'month']), from: z.int().min(1), to: z.int().min(1) }).optional(),
});

export const RoadmapCurriculumSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: z.string().min(1).max(300),
    subtitle: z.string().max(300),
    source: z.string().max(300),
    weeks: z.array(RoadmapWeekSchema).min(1).max(200),
    projects: z.array(RoadmapProjectSchema).max(200),
    notes: z.array(z.strictObject({ title: z.string().min(1), text: z.string().min(1) })).max(100),
    /** The built-in roadmap's week ↔ project rule (see curriculum-schema.ts); none for an imported one. */
    weekLinks: WeekProjectLinksSchema.optional(),
  })
  .superRefine(checkCurriculumLinks);

// Same shape as the built-in curriculum's type, so every view and export takes either (a type error here otherwise).
export type RoadmapCurriculum = Curriculum;
const sameShape: Curriculum = {} as z.infer<typeof RoadmapCurriculumSchema>;
void sameShape;

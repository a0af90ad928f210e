import { z } from 'zod';
import { WeekProjectLinksSchema } from './week-project-links-schema';

/** Only web links: the curriculum is shown in the app and opened in the OS browser. */
const WebUrl = z.url({ protocol: /^https?$/ });

export const LinkSchema = z.strictObject({ label: z.string().min(1), url: WebUrl });

export const TaskSchema = z.strictObject({
  text: z.string().min(1),
  links: z.array(LinkSchema),
});

export const WeekSchema = z.strictObject({
  number: z.int().min(1),
  focus: z.string().min(1),
  goals: z.array(z.string().min(1)).min(1),
  tasks: z.array(TaskSchema).min(1),
});

export const ProjectSchema = z.strictObject({
  /** Stable id used as the key of the user's progress; never change it once shipped. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  description: z.string().min(1),
  steps: z.array(z.string().min(1)).length(3),
  stack: z.array(z.string().min(1)).min(1),
  /** The stack as the roadmap wrote it ("Python, Flask/Django, SQLite"). */
  stackText: z.string().min(1),
  /** Roadmap weeks the project fits, so the board and the roadmap can link to each other. */
  weeks: z.array(z.int().min(1)).min(1),
});

/**
 * The rules a curriculum's parts must keep with each other, for the built-in one and imported
 * roadmaps alike: weeks numbered 1…n in order, project ids unique, project weeks that exist.
 */
export function checkCurriculumLinks(c: { weeks: ReadonlyArray<{ number: number }>; projects: ReadonlyArray<{ id: string; weeks: readonly number[] }> }, ctx: z.RefinementCtx): void {
  c.weeks.forEach((w, i) => {
    if (w.number !== i + 1) ctx.addIssue({ code: 'custom', message: `week ${i + 1} is numbered ${w.number}`, path: ['weeks', i] });
  });
  const ids = new Set<string>();
  c.projects.forEach((p, i) => {
    if (ids.has(p.id)) ctx.addIssue({ code: 'custom', message: `duplicate project id ${p.id}`, path: ['projects', i] });
    ids.add(p.id);
    for (const w of p.weeks) {
      if (w > c.weeks.length) ctx.addIssue({ code: 'custom', message: `${p.id} links to missing week ${w}`, path: ['projects', i] });
    }
  });
}

export const CurriculumSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: z.string().min(1),
    subtitle: z.string(),
    source: z.string(),
    weeks: z.array(WeekSchema).length(26),
    projects: z.array(ProjectSchema).length(10),
    notes: z.array(z.strictObject({ title: z.string().min(1), text: z.string().min(1) })),
    /**
     * The week ↔ project rule (curriculum/week-project-links.json), set when the built-in roadmap
     * loads, so a stack the learner writes is linked by the same rule (issue 15). Imported roadmaps
     * have none: their projects keep the weeks their table gives.
     */
    weekLinks: WeekProjectLinksSchema.optional(),
  })
  .superRefine(checkCurriculumLinks);

export type Curriculum = z.infer<typeof CurriculumSchema>;
export type Week = z.infer<typeof WeekSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Link = z.infer<typeof LinkSchema>;

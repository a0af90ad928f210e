import { z } from 'zod';

/** curriculum/week-project-links.json: the one rule that links roadmap weeks and projects. */
export const WeekProjectLinksSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The rule in words, shown to whoever edits the data. */
  rule: z.string().min(1),
  /** Technologies every week uses (the language itself): they link no week. */
  everywhere: z.array(z.string().min(1)),
  /** Technology → the roadmap weeks that teach it. */
  teaches: z.record(z.string().min(1), z.array(z.int().min(1)).min(1)),
  /** Technology → why no week teaches it (stated, not hidden). */
  notTaught: z.record(z.string().min(1), z.string().min(1)),
});
export type WeekProjectLinks = z.infer<typeof WeekProjectLinksSchema>;

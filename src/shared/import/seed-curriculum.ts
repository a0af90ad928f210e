import { z } from 'zod';
import { CurriculumSchema, type Curriculum } from '../curriculum-schema';
import type { ImportedRoadmap } from './roadmap-types';

/**
 * What the shipped curriculum has and the seed document does not say: which roadmap weeks each
 * project fits (curriculum/seed-overlay.json). Everything else (ids, stack tags) follows rules in
 * the importer, so the overlay stays small and every field of roadmap.json has one named source.
 */
export const SeedOverlaySchema = z.strictObject({
  $comment: z.string().optional(),
  /** project id -> roadmap weeks it fits. Every project of the seed must be listed. */
  projectWeeks: z.record(z.string(), z.array(z.int().min(1)).min(1)),
});
export type SeedOverlay = z.infer<typeof SeedOverlaySchema>;

/**
 * The built-in curriculum from the imported seed plus the overlay, in roadmap.json's key order.
 * Throws when the overlay names a project the seed lacks or misses one (drift must be loud), or
 * when the result breaks CurriculumSchema.
 */
export function curriculumFromSeed(roadmap: ImportedRoadmap, overlayRaw: unknown): Curriculum {
  const overlay = SeedOverlaySchema.parse(overlayRaw);
  const ids = new Set(roadmap.projects.map((p) => p.id));
  const unknown = Object.keys(overlay.projectWeeks).filter((id) => !ids.has(id));
  if (unknown.length) throw new Error(`seed-overlay.json names projects the seed does not have: ${unknown.join(', ')}`);
  const curriculum = {
    title: roadmap.title,
    subtitle: roadmap.subtitle,
    source: roadmap.source,
    weeks: roadmap.weeks.map((w) => ({ number: w.number, focus: w.focus, goals: w.goals, tasks: w.tasks })),
    projects: roadmap.projects.map((p) => {
      const weeks = overlay.projectWeeks[p.id];
      if (!weeks) throw new Error(`seed-overlay.json gives no weeks for the project ${p.id}`);
      return { id: p.id, name: p.name, description: p.description, steps: p.steps, stack: p.stack, stackText: p.stackText, weeks };
    }),
    notes: roadmap.notes,
  };
  return CurriculumSchema.parse(curriculum);
}

/** roadmap.json's bytes: two-space JSON and a final newline, so a regenerated file diffs cleanly. */
export const serializeCurriculum = (curriculum: Curriculum): string => JSON.stringify(curriculum, null, 2) + '\n';

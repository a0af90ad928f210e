import roadmap from '../../../curriculum/roadmap.json';
import { CurriculumSchema, type Curriculum } from '@shared/curriculum-schema';

/** Validates the built-in curriculum; a broken data file is a build fault, so it fails loudly. */
export function loadCurriculum(raw: unknown = roadmap): Curriculum {
  const parsed = CurriculumSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`curriculum/roadmap.json is invalid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

import type { Project } from '../curriculum-schema';
import { atMostCharacters, PROJECT_TEXT_LIMITS } from '../plan-limits';
import type { ProjectProgress } from '../plan-schema';

export type ProjectText = ProjectProgress['text'];
export type ProjectTextField = keyof ProjectText;
export const PROJECT_TEXT_FIELDS: readonly ProjectTextField[] = ['name', 'description', 'stack'];

/** The roadmap's words for a project, in the same shape as the learner's (`stack` as written). */
export const roadmapText = (project: Project): Required<ProjectText> => ({
  name: project.name,
  description: project.description,
  stack: project.stackText,
});

const LABEL: Record<ProjectTextField, string> = { name: 'The name', description: 'The description', stack: 'The stack' };

/**
 * What is wrong with a value typed for a project's name, description or stack, in plain words;
 * null when it can be saved. The same rule runs in the card form (before sending) and in main.
 */
export function projectTextProblem(field: ProjectTextField, value: string): string | null {
  const text = value.trim();
  if (field === 'name' && !text) return 'Give the project a name.';
  const max = PROJECT_TEXT_LIMITS[field];
  if (text.length > max) return atMostCharacters(LABEL[field], max, text.length);
  return null;
}

/**
 * The learner's words after an edit. Values are trimmed; a value equal to the roadmap's is not
 * stored, so the project keeps following the roadmap there (and "reset" is simply `{}`). For a
 * project of the learner's own (`roadmap` null) every given value is kept.
 */
export function editProjectText(roadmap: Project | null, current: ProjectText, patch: Partial<Record<ProjectTextField, string>>): ProjectText {
  const next: ProjectText = { ...current };
  const original = roadmap ? roadmapText(roadmap) : null;
  for (const field of PROJECT_TEXT_FIELDS) {
    const value = patch[field];
    if (value === undefined) continue;
    const text = value.trim();
    if (original && text === original[field]) delete next[field];
    else next[field] = text;
  }
  return next;
}

/** True when the learner's words differ from the roadmap's somewhere (the reset button's state). */
export const isEdited = (text: ProjectText): boolean => PROJECT_TEXT_FIELDS.some((f) => text[f] !== undefined);

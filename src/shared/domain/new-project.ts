import { projectTextProblem } from './project-text';

/**
 * Two project names are the same when they differ only in case and outer spaces (issue 15: two
 * cards, portfolio sections and scaffolded folders with one name would be told apart by no one).
 */
export const sameProjectName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Main's sentence for a name already taken; the quick add says the same before anything is sent. */
export const nameTakenMessage = (taken: string): string => `Another project is already called "${taken}"; give this one a name of its own.`;

/**
 * What is wrong with `name` for a new project of the learner's own, in plain words, or null:
 * empty, longer than 120 characters (project-text.ts), or the name of a project already on the board
 * (`names`: every project's name as the learner sees it).
 */
export function newProjectNameProblem(name: string, names: Iterable<string>): string | null {
  const problem = projectTextProblem('name', name);
  if (problem) return problem;
  for (const other of names) if (sameProjectName(other, name)) return nameTakenMessage(other.trim());
  return null;
}

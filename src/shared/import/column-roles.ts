import type { RowUnit } from './roadmap-types';

export type WeeklyRole = 'unit' | 'focus' | 'goals' | 'tasks';
export type ProjectRole = 'name' | 'description' | 'steps' | 'stack' | 'weeks';

/**
 * Header words by meaning, most specific role first. A header is matched on its words (lower case,
 * emoji, markup and punctuation removed), so "**Goals and Skills**", "🎯 Objectives" and
 * "What to learn" all mean goals. Source: the column names of the roadmap READMEs this app was
 * tried on (the seed, and the shapes in tests/unit/import-fixtures).
 */
const WEEKLY_WORDS: [WeeklyRole, string[]][] = [
  ['unit', ['week', 'weeks', 'day', 'days', 'month', 'months', 'wk', '#', 'no', 'timeline', 'period', 'when']],
  ['goals', ['goal', 'goals', 'skill', 'skills', 'objective', 'objectives', 'outcome', 'outcomes', 'learn', 'learning', 'concepts']],
  ['tasks', ['task', 'tasks', 'resource', 'resources', 'project', 'projects', 'practice', 'exercise', 'exercises', 'activities', 'activity', 'homework', 'assignment', 'assignments', 'deliverables', 'build', 'milestones', 'problems', 'challenges', 'reading', 'materials', 'links', 'katas']],
  ['focus', ['focus', 'topic', 'topics', 'theme', 'subject', 'area', 'module', 'title', 'chapter', 'phase', 'what']],
];

const PROJECT_WORDS: [ProjectRole, string[]][] = [
  ['stack', ['tech', 'stack', 'technologies', 'technology', 'tools', 'tooling', 'languages', 'libraries']],
  ['steps', ['steps', 'step', 'milestones', 'how', 'plan', 'features', 'tasks']],
  ['description', ['description', 'about', 'summary', 'overview', 'details', 'what']],
  ['weeks', ['week', 'weeks']],
  ['name', ['project', 'projects', 'name', 'idea', 'ideas', 'title']],
];

/** A header reduced to its words: "**Resources/Tasks/Projects** 📚 " -> ["resources","tasks","projects"]. */
export function headerWords(header: string): string[] {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function roleOf<R extends string>(table: [R, string[]][], header: string): R | null {
  const words = headerWords(header);
  for (const [role, keys] of table) if (words.some((w) => keys.includes(w))) return role;
  return null;
}

/** The meaning of one weekly-table header, or null for a column the importer does not use. */
export function weeklyRole(header: string): WeeklyRole | null {
  const words = headerWords(header);
  // "Week" alone (or "Week #", "Day no") is the unit; "Weekly project" or "Week goals" are not.
  if (words.length > 0 && words.length <= 2 && words.every((w) => WEEKLY_WORDS[0]![1].includes(w) || w === 'number')) return 'unit';
  return roleOf(WEEKLY_WORDS.slice(1), header);
}

/** The meaning of one projects-table header, or null. */
export function projectRole(header: string): ProjectRole | null {
  return roleOf(PROJECT_WORDS, header);
}

/** The unit named by a unit header ("Day" -> day), or null when it names none ("#", "Timeline"). */
export function unitOfHeader(header: string): RowUnit | null {
  const words = headerWords(header);
  if (words.some((w) => w.startsWith('day'))) return 'day';
  if (words.some((w) => w.startsWith('month'))) return 'month';
  if (words.some((w) => w.startsWith('week') || w === 'wk')) return 'week';
  return null;
}

/*
 * Plain constants of the plan's schema, in a file without zod: the renderer imports these, and a
 * value import of plan-schema.ts would pull zod (~40 kB gzip) into the renderer bundle (the
 * benchmark's bundle target: renderer JS ≤ 150 kB gzip). plan-schema.ts re-exports them.
 */

/** The plan file's format version. Bump it with a migration in src/main/core/migrations.ts. */
export const PLAN_VERSION = 2;

/**
 * Limits of a project's own words (issue 15: editable name, description and stack), characters.
 * The one source for both the schema and the fields: a field never cuts text itself (no
 * `maxLength`), it keeps everything typed or pasted and says when it is over (audit s6, faults 4, 10).
 */
export const PROJECT_TEXT_LIMITS = { name: 120, description: 10_000, stack: 300 } as const;

/**
 * Limits of the learner's other free text, characters (UTF-16 code units, as `String.length` and
 * zod count them). Notes are high enough that a real note never meets them (an evening's notes
 * are a few thousand characters; 100,000 is about 40 printed pages), yet a plan file stays small
 * enough to read and save quickly. Raising one needs no migration (older files are all within).
 */
export const TEXT_LIMITS = {
  /** A project's notes (details panel). */
  projectNotes: 100_000,
  /** A roadmap week's notes ("Your notes and links"). */
  weekNotes: 100_000,
  stepTitle: 300,
  columnTitle: 60,
  linkLabel: 120,
  url: 2000,
  profileName: 120,
  profileHeadline: 300,
} as const;

/**
 * How every limit message writes a number: digits grouped by thousands with a comma, "10,050"
 * (check2 s6, N3: one message said "10000 … (it has 10050)", the next "100,000"). The one
 * formatter for counts and limits in messages; English grouping, as the messages are English.
 */
export const countText = (x: number): string => x.toLocaleString('en-US');

/**
 * "The name can be at most 120 characters (it has 318).": a field's text over its limit, checked
 * when the user saves. `whose` is what holds the text ("it", "step 2"). Counts via countText.
 */
export const atMostCharacters = (what: string, max: number, length: number, whose = 'it'): string =>
  `${what} can be at most ${countText(max)} characters (${whose} has ${countText(length)}).`;

/**
 * The plain message for text over its limit: how long it is, what the limit is, and that nothing
 * was cut or saved. Null when the text fits. `what` names the field ("These notes", "The name").
 */
export function tooLongMessage(what: string, length: number, max: number): string | null {
  if (length <= max) return null;
  const n = countText;
  return `${what}: ${n(length)} characters, and the limit is ${n(max)}. All of it is kept here, but it is not saved until it is ${n(length - max)} ${length - max === 1 ? 'character' : 'characters'} shorter.`;
}

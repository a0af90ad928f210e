import { WeekProgressSchema } from '../plan-schema';
import { DAYS_PER_UNIT, type RowUnit } from '../import/roadmap-types';

type Span = { unit: RowUnit; from: number; to: number };

/**
 * The length factor a week gets from its label alone when a roadmap is imported ("Week 5" is 1,
 * "Week 1–2" is 2, "Day 1–3" is 3/7), rounded to 3 decimals and held to the plan's ¼–4, as
 * import/roadmap-to-curriculum.ts weekLengths sets it. A week without a span (the built-in roadmap) is 1.
 */
export function spanLength(span?: Span): number {
  if (!span) return 1;
  const weeks = Math.round((((span.to - span.from + 1) * DAYS_PER_UNIT[span.unit]) / 7) * 1000) / 1000;
  return Math.min(4, Math.max(0.25, weeks));
}

/**
 * A week's length (plan weeks' lengthFactor, ¼ to 4 times the pace, set in the Roadmap view as
 * "1.5× as long") as one checklist line, "Length: 1.5× as long", written under the status line
 * when it differs from what the week's label gives (spanLength), so an imported copy lays out the
 * same planned dates (check 3 s7, fault B: without it every later week moved). The number is
 * JavaScript's shortest exact form, so it reads back to the same factor. Read back by parseLengthLine.
 */
export const lengthLine = (factor: number): string => `Length: ${String(factor)}× as long`;

/** True when the text is meant as a length line (so a faulty one is refused, not skipped). */
export const isLengthLine = (text: string): boolean => text.startsWith('Length:');

const LINE = /^Length: (\d+(?:\.\d+)?)× as long$/;

/** The factor of a line written by lengthLine, checked against the plan's limits (¼ to 4); null when it cannot be read. */
export function parseLengthLine(text: string): number | null {
  const m = LINE.exec(text.trim());
  if (!m) return null;
  const parsed = WeekProgressSchema.shape.lengthFactor.safeParse(Number(m[1]));
  return parsed.success ? parsed.data : null;
}

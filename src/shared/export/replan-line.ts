import { SettingsSchema, type Settings } from '../plan-schema';

type Replan = NonNullable<Settings['replan']>;

/** Offsets are written with JavaScript's shortest exact form, so they read back to the same number. */
const day = (offset: number) => String(offset);

/**
 * The stored re-plan (settings.replan, see domain/replan.ts) as one checklist line, e.g.
 * "Re-plan: from week 4 on 2026-11-02 · earlier weeks kept at days 0–9.5, 9.5–19, 19–28.5 from the start".
 * Offsets are fractional days from the start date, exactly as stored, so the imported copy lays out
 * the same planned dates, days behind and planned finish (check s6, N1: without it the import
 * re-spaced every week at the current pace). A re-plan saved before audit s6 has no kept days and
 * the line ends after the date. Read back by parseReplanLine.
 */
export function replanLine(replan: Replan): string {
  const kept = replan.kept ? ` · earlier weeks kept at days ${replan.kept.map(([a, b]) => `${day(a)}–${day(b)}`).join(', ')} from the start` : '';
  return `Re-plan: from week ${replan.fromWeek} on ${replan.on}${kept}`;
}

const LINE = /^Re-plan: from week (\d+) on (\d{4}-\d{2}-\d{2})(?: · earlier weeks kept at days (.*) from the start)?$/;
const NUMBER = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/;

/** True when the text is meant as a re-plan line (so a faulty one is refused, not skipped). */
export const isReplanLine = (text: string): boolean => text.startsWith('Re-plan:');

/**
 * Reads a line written by replanLine back to settings.replan's shape. Returns null when the line
 * does not follow that shape or its values are outside the plan's limits (the caller says so,
 * naming the line); a day pair is "a–b" with an en dash, as written (a hyphen could be an exponent's sign).
 */
export function parseReplanLine(text: string): Replan | null {
  const m = LINE.exec(text.trim());
  if (!m) return null;
  let kept: [number, number][] | undefined;
  if (m[3] !== undefined) {
    kept = [];
    for (const pair of m[3].split(',').map((p) => p.trim()).filter(Boolean)) {
      const [a, b, ...rest] = pair.split('–').map((x) => x.trim());
      if (rest.length || !a || !b || !NUMBER.test(a) || !NUMBER.test(b)) return null;
      kept.push([Number(a), Number(b)]);
    }
  }
  const parsed = SettingsSchema.shape.replan.safeParse({ fromWeek: Number(m[1]), on: m[2], ...(kept ? { kept } : {}) });
  return parsed.success && parsed.data ? parsed.data : null;
}

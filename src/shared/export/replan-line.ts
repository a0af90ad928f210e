import { SettingsSchema, type Settings } from '../plan-schema';

type Replan = NonNullable<Settings['replan']>;

/**
 * A day offset as a reader sees it and as it reads back to the very same number: whole days as is
 * ("19"), a fraction as a whole and a fraction ("9 1/3", "28 1/2") when `whole + n / d` in
 * JavaScript gives back exactly the stored number (d up to 1,000), else JavaScript's shortest exact
 * form. Check 3 (s7), fault F: the line printed "9.333333333333334".
 */
export function dayText(offset: number): string {
  const whole = Math.floor(offset);
  if (whole === offset) return String(offset);
  for (let d = 2; d <= 1000; d += 1) {
    const n = Math.round((offset - whole) * d);
    if (n > 0 && n < d && readDay(whole, n, d) === offset) return whole ? `${whole} ${n}/${d}` : `${n}/${d}`;
  }
  return String(offset);
}

/** The one way a written fraction is turned back into a number, shared by the writer's check and the reader. */
const readDay = (whole: number, n: number, d: number) => whole + n / d;

const FRACTION = /^(?:(\d+) )?(\d+)\/(\d+)$/;

/** A day offset as dayText writes it (or a plain decimal, as lines written before check 3 had); null when it is neither. */
function parseDay(text: string): number | null {
  const f = FRACTION.exec(text);
  if (f) return Number(f[3]) > 0 ? readDay(Number(f[1] ?? 0), Number(f[2]), Number(f[3])) : null;
  return NUMBER.test(text) ? Number(text) : null;
}

/**
 * The stored re-plan (settings.replan, see domain/replan.ts) as one checklist line, e.g.
 * "Re-plan: from week 4 on 2026-11-02 · earlier weeks kept at days 0–9 1/3, 9 1/3–18 2/3, 18 2/3–28 from the start".
 * Offsets are fractional days from the start date, written by dayText so they read back exactly as stored, so the imported copy lays out
 * the same planned dates, days behind and planned finish (check s6, N1: without it the import
 * re-spaced every week at the current pace). A re-plan saved before audit s6 has no kept days and
 * the line ends after the date. Read back by parseReplanLine.
 */
export function replanLine(replan: Replan): string {
  const kept = replan.kept ? ` · earlier weeks kept at days ${replan.kept.map(([a, b]) => `${dayText(a)}–${dayText(b)}`).join(', ')} from the start` : '';
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
      const from = a ? parseDay(a) : null;
      const to = b ? parseDay(b) : null;
      if (rest.length || from === null || to === null) return null;
      kept.push([from, to]);
    }
  }
  const parsed = SettingsSchema.shape.replan.safeParse({ fromWeek: Number(m[1]), on: m[2], ...(kept ? { kept } : {}) });
  return parsed.success && parsed.data ? parsed.data : null;
}

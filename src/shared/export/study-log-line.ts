import { WeekProgressSchema, type WeekProgress } from '../plan-schema';

type StudyLog = WeekProgress['studyLog'];

/**
 * A week's study log (domain/study-hours.ts: one entry per day, whole minutes) as one checklist
 * line, "Study log: 2026-11-30 195 min, 2026-12-01 60 min", so an imported copy keeps the hours
 * the forecast and the heatmap count (check s6, N1: the checklist is to import back as it was).
 * Read back by parseStudyLogLine.
 */
export const studyLogLine = (log: StudyLog): string => `Study log: ${log.map((e) => `${e.on} ${e.minutes} min`).join(', ')}`;

const ENTRY = /^(\d{4}-\d{2}-\d{2}) (\d+) min$/;

/** True when the text is meant as a study-log line (so a faulty one is refused, not skipped). */
export const isStudyLogLine = (text: string): boolean => text.startsWith('Study log:');

/**
 * The entries of a line written by studyLogLine, checked against the plan's own schema (real
 * days, 1 to 100,000 minutes each, at most 1,000 entries); null when the line cannot be read.
 */
export function parseStudyLogLine(text: string): StudyLog | null {
  const entries: { on: string; minutes: number }[] = [];
  for (const part of text.slice('Study log:'.length).split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = ENTRY.exec(part);
    if (!m) return null;
    entries.push({ on: m[1]!, minutes: Number(m[2]) });
  }
  const parsed = WeekProgressSchema.shape.studyLog.safeParse(entries);
  return parsed.success ? parsed.data : null;
}

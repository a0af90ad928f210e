/**
 * Roadmap names the user can tell apart (audit s6 fault 14). Pure; no Electron, no Node.
 */

/** Longest roadmap title (roadmap-curriculum-schema.ts, roadmap-index.ts). */
const MAX_TITLE = 300;

const key = (title: string) => title.trim().normalize('NFC').toLocaleLowerCase('en');

/**
 * `title`, or — when a roadmap with that name (ignoring case and surrounding spaces) is already in
 * `taken` — the same name with the first free " (2)", " (3)", … after it, shortened first if the
 * suffix would pass the 300-character limit. So two imports of one file, or an exported progress
 * checklist brought back beside its roadmap, get different names in the picker and the header.
 */
export function distinctTitle(title: string, taken: readonly string[]): string {
  const used = new Set(taken.map(key));
  if (!used.has(key(title))) return title;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${[...title.trim()].slice(0, MAX_TITLE - suffix.length).join('')}${suffix}`;
    if (!used.has(key(candidate))) return candidate;
  }
}

/**
 * What tells one listed roadmap from another, for the picker's buttons ("Switch to …"): the title
 * alone when no other roadmap has it (ignoring case), else the title and where it came from
 * ("built in", or "imported from file.md on 2026-11-30"), so screen readers hear different names.
 */
export function roadmapButtonName(
  entry: { id: string; title: string; builtin: boolean; sourceName: string | null; importedOn: string | null },
  all: readonly { id: string; title: string; builtin?: boolean; sourceName?: string | null; importedOn?: string | null }[],
): string {
  const twins = all.filter((other) => other.id !== entry.id && key(other.title) === key(entry.title));
  if (!twins.length) return entry.title;
  if (entry.builtin) return `${entry.title} (built in)`;
  const where = origin(entry);
  // Same file on the same day twice (possible before names were made distinct): the folder id tells them apart.
  const same = twins.some((other) => 'builtin' in other && !other.builtin && origin(other as typeof entry) === where);
  return `${entry.title} (${where}${same ? `, ${entry.id}` : ''})`;
}

const origin = (entry: { sourceName: string | null; importedOn: string | null }) =>
  `imported from ${entry.sourceName ?? 'a file'}${entry.importedOn ? ` on ${entry.importedOn.slice(0, 10)}` : ''}`;

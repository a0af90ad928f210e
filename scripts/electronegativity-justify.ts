/** The marker that justifies an Electronegativity finding at its line (see electronegativity-check.ts). */
export const JUSTIFIED_MARKER = 'electronegativity-justified:';
const MIN_REASON = 15;

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
  /** The reason given at the line, or null. */
  justification: string | null;
}

/**
 * The reason justifying `checkId` at 1-based `line` of `source`: a marker on that line, or in the
 * unbroken run of comment lines just above it, naming the check and giving a real reason.
 */
export function findJustification(source: string, line: number, checkId: string): string | null {
  const lines = source.split('\n');
  const isComment = (text: string) => /^\s*(\/\/|\/?\*)/.test(text);
  // Each candidate is a line plus the comment lines that continue it down to the finding.
  const candidates: string[] = [];
  if (line >= 1 && line <= lines.length) candidates.push(lines[line - 1]!);
  for (let i = line - 2; i >= 0 && isComment(lines[i]!); i--) {
    candidates.push(lines.slice(i, line - 1).map((l) => l.replace(/^\s*(\/\/|\/?\*+\/?)\s?/, '')).join(' '));
  }
  for (const text of candidates) {
    const at = text.indexOf(JUSTIFIED_MARKER);
    if (at < 0) continue;
    const rest = text.slice(at + JUSTIFIED_MARKER.length);
    const match = /^\s*([A-Z_,\s]+?)\s*(?:—|--|-|:)\s*(.+)$/.exec(rest);
    if (!match) continue;
    const ids = match[1]!.split(/[,\s]+/).filter(Boolean);
    const reason = match[2]!.replace(/\*\/\s*$/, '').trim();
    if (ids.includes(checkId) && reason.length >= MIN_REASON) return reason;
  }
  return null;
}

import type { RowUnit } from './roadmap-types';

export interface UnitLabel {
  unit: RowUnit | null;
  from: number;
  to: number;
}

const UNIT = '(week|day|month|wk)s?\\.?';
/** "1", "Week 3", "Weeks 1–2", "Day 1 - 3", "Month 2 to 3", "W1-2" once markup and emoji are gone. */
const LABEL = new RegExp(`^(?:${UNIT}|w)?\\s*(\\d{1,4})(?:\\s*(?:-|–|—|to|through|and)\\s*(?:${UNIT}|w)?\\s*(\\d{1,4}))?$`);

/**
 * Reads a week cell. Returns null when the cell is not a number or a range; the unit is null when
 * the cell does not name one (the header's unit applies). Emoji, bold and trailing spaces are ignored.
 */
export function parseUnitLabel(cell: string): UnitLabel | null {
  const plain = cell
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s\-–—]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = LABEL.exec(plain);
  if (!m) return null;
  const word = m[1] ?? m[3];
  const unit: RowUnit | null = !word ? null : word === 'wk' ? 'week' : (word as RowUnit);
  const from = Number(m[2]);
  return { unit, from, to: m[4] === undefined ? from : Number(m[4]) };
}

/**
 * What is wrong with a row's span given the row before (`prevTo`, 0 for the first row): counted
 * from 1, not backwards, no overlap, no gap. Null when it follows on.
 */
export function spanFault(label: string, span: { from: number; to: number }, unit: RowUnit, prevTo: number): string | null {
  if (span.from < 1) return `"${label}": ${unit}s are counted from 1.`;
  if (span.to < span.from) return `"${label}" ends before it starts.`;
  const expected = prevTo + 1;
  if (span.from < expected) return `"${label}" overlaps the row before (${unit} ${span.from} is already planned).`;
  if (span.from > expected) return `"${label}" leaves a gap: ${unit} ${expected}${span.from - 1 > expected ? `–${span.from - 1}` : ''} is missing.`;
  return null;
}

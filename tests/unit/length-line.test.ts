import { describe, expect, it } from 'vitest';
import { isLengthLine, lengthLine, parseLengthLine, spanLength } from '../../src/shared/export/length-line';
import { weekLengths } from '../../src/shared/import/roadmap-to-curriculum';

describe('a week\'s length in the progress checklist (check 3 s7, fault B)', () => {
  it('writes each factor the Roadmap view offers and reads it back exactly', () => {
    for (const factor of [0.25, 0.5, 0.75, 1.25, 1.5, 2, 3, 4, 0.429]) {
      const line = lengthLine(factor);
      expect(isLengthLine(line)).toBe(true);
      expect(parseLengthLine(line)).toBe(factor);
    }
    expect(lengthLine(1.5)).toBe('Length: 1.5× as long');
  });

  it('refuses a line outside ¼–4 or not in its shape', () => {
    for (const bad of ['Length: 9× as long', 'Length: 0.1× as long', 'Length: long', 'Length: 1.5x as long', 'Length: -2× as long', 'Length: 1e1× as long']) {
      expect(parseLengthLine(bad)).toBeNull();
    }
  });

  it('the length a label gives is the one an import sets (so only a changed length is written)', () => {
    const spans = [undefined, { unit: 'week', from: 5, to: 5 }, { unit: 'week', from: 1, to: 2 }, { unit: 'day', from: 1, to: 3 }, { unit: 'day', from: 1, to: 1 }, { unit: 'month', from: 1, to: 2 }] as const;
    expect(spans.map((s) => spanLength(s))).toEqual([1, 1, 2, 0.429, 0.25, 4]);
    const rows = spans.slice(1).map((span) => span!).map((span) => ({ lengthWeeks: ((span.to - span.from + 1) * { day: 1, week: 7, month: 28 }[span.unit]) / 7 }));
    expect(weekLengths({ weeks: rows } as never).factors).toEqual(spans.slice(1).map((s) => spanLength(s)));
  });
});

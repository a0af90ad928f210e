import { describe, expect, it } from 'vitest';
import { dayText, parseReplanLine, replanLine } from '../../src/shared/export/replan-line';
import { scheduleLine } from '../../src/shared/export/progress-checklist';

/** Check 3 (s7), fault F: the re-plan line printed raw floats, and "1.5 calendar week" lacked its plural. */
describe('the checklist\'s re-plan and schedule lines read well and round-trip exactly (check 3 s7, fault F)', () => {
  it("the tester's line: thirds are written as fractions, not 9.333333333333334", () => {
    const per = (7 * 10) / 7.5; // 10 h per roadmap week at 7.5 h a week: 9.333… days
    const kept: [number, number][] = [[0, per], [per, 2 * per], [2 * per, 3 * per]];
    const line = replanLine({ fromWeek: 4, on: '2026-11-02', kept });
    expect(line).toBe('Re-plan: from week 4 on 2026-11-02 · earlier weeks kept at days 0–9 1/3, 9 1/3–18 2/3, 18 2/3–28 from the start');
    expect(parseReplanLine(line)!.kept).toEqual(kept);
    expect(line).not.toMatch(/\d\.\d{4,}/);
  });

  it('every offset of every pace a user can type reads back to the very same number', () => {
    const paces: [number, number][] = [];
    for (const perWeek of [0.5, 1, 2.5, 3, 6, 7, 7.5, 9, 11, 12.25, 13, 40]) for (const perRoadmapWeek of [1, 3, 7, 10, 12.5, 20]) paces.push([perWeek, perRoadmapWeek]);
    for (const [perWeek, perRoadmapWeek] of paces) {
      const per = (7 * perRoadmapWeek) / perWeek;
      const kept: [number, number][] = Array.from({ length: 25 }, (_, k) => [k * per, (k + 1) * per]);
      const back = parseReplanLine(replanLine({ fromWeek: 26, on: '2026-11-02', kept }))!.kept!;
      expect(back).toEqual(kept);
      back.flat().forEach((x, i) => expect(Object.is(x, kept.flat()[i])).toBe(true));
    }
  });

  it('writes halves and whole days plainly, and still reads a line written before (decimals)', () => {
    expect([0, 19, 9.5, 0.25, 28 / 3].map(dayText)).toEqual(['0', '19', '9 1/2', '1/4', '9 1/3']);
    expect(parseReplanLine('Re-plan: from week 4 on 2026-11-02 · earlier weeks kept at days 0–9.333333333333334, 9.333333333333334–18.666666666666668 from the start')!.kept).toEqual([[0, 9.333333333333334], [9.333333333333334, 18.666666666666668]]);
    expect(parseReplanLine('Re-plan: from week 2 on 2026-11-02 · earlier weeks kept at days 0–9 1/0 from the start')).toBeNull();
  });

  it('"1 calendar week" but "1.5 calendar weeks"; "1 hour" but "7.5 hours"', () => {
    expect(scheduleLine({ startDate: '2026-10-05', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1.5 } })).toBe('Schedule: start 2026-10-05 · pace 1.5 calendar weeks per roadmap week');
    expect(scheduleLine({ startDate: '2026-10-05', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } })).toBe('Schedule: start 2026-10-05 · pace 1 calendar week per roadmap week');
    expect(scheduleLine({ startDate: null, pace: { mode: 'hours', hoursPerWeek: 1, hoursPerRoadmapWeek: 7.5 } })).toBe('Schedule: no start date · pace 1 hour a week, 7.5 hours per roadmap week');
  });
});

import { describe, expect, it } from 'vitest';
import { parseReplanLine, replanLine } from '../../src/shared/export/replan-line';
import { importRoadmapMarkdown } from '../../src/shared/import/import-roadmap';
import { renderProgressChecklist } from '../../src/shared/export/progress-checklist';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { loadCurriculum } from '../../src/main/core/curriculum';

/** Check s6, N1: the checklist carries settings.replan, exactly, and reads it back. */
describe('the checklist re-plan line', () => {
  it('writes the stored offsets exactly and reads them back to the same numbers', () => {
    const replan = { fromWeek: 4, on: '2026-11-02', kept: [[0, 9.333333333333334], [9.333333333333334, 18.666666666666668], [18.666666666666668, 28]] as [number, number][] };
    const line = replanLine(replan);
    // Readable and exact (check 3 s7, fault F: the raw floats were the fault); the next line reads it back to the same numbers.
    expect(line).toBe('Re-plan: from week 4 on 2026-11-02 · earlier weeks kept at days 0–9 1/3, 9 1/3–18 2/3, 18 2/3–28 from the start');
    expect(parseReplanLine(line)).toEqual(replan);
  });

  it('a re-plan saved before kept days existed round-trips without them', () => {
    expect(replanLine({ fromWeek: 2, on: '2026-03-09' })).toBe('Re-plan: from week 2 on 2026-03-09');
    expect(parseReplanLine('Re-plan: from week 2 on 2026-03-09')).toEqual({ fromWeek: 2, on: '2026-03-09' });
  });

  it('refuses what it cannot read: null for a bad date, week 0, a negative day or a pair without its dash', () => {
    expect(parseReplanLine('Re-plan: from week 2 on 2026-13-40')).toBeNull();
    expect(parseReplanLine('Re-plan: from week 0 on 2026-03-09')).toBeNull();
    expect(parseReplanLine('Re-plan: from week 2 on 2026-03-09 · earlier weeks kept at days -1–7 from the start')).toBeNull();
    expect(parseReplanLine('Re-plan: from week 2 on 2026-03-09 · earlier weeks kept at days 7 from the start')).toBeNull();
    expect(parseReplanLine('Re-plan: soon')).toBeNull();
  });

  it('an import refuses a re-plan line it cannot read, naming its line, rather than planning from other dates', () => {
    const curriculum = loadCurriculum();
    const plan = createDefaultPlan(curriculum, '2026-02-20');
    plan.settings.startDate = '2026-03-02';
    plan.settings.replan = { fromWeek: 2, on: '2026-03-09', kept: [[0, 7]] };
    const text = renderProgressChecklist(curriculum, plan, '2026-03-25');
    expect(text).toContain('> Re-plan: from week 2 on 2026-03-09 · earlier weeks kept at days 0–7 from the start');
    const back = importRoadmapMarkdown(text, { today: '2026-03-25' });
    expect(back.ok && back.progress!.replan).toEqual(plan.settings.replan);
    const broken = importRoadmapMarkdown(text.replace(/Re-plan: .*/, 'Re-plan: from week two'), { today: '2026-03-25' });
    expect(broken).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Checklist, re-plan line \(line \d+\): "Re-plan: from week two" is not understood/) } });
  });
});

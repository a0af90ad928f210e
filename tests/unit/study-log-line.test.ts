import { describe, expect, it } from 'vitest';
import { parseStudyLogLine, studyLogLine } from '../../src/shared/export/study-log-line';
import { importRoadmapMarkdown } from '../../src/shared/import/import-roadmap';
import { renderProgressChecklist } from '../../src/shared/export/progress-checklist';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { loadCurriculum } from '../../src/main/core/curriculum';

/** Check s6, N1: the checklist carries each week's study log, so the copy's forecast counts the same hours. */
describe('the checklist study-log line', () => {
  it('writes each day and its minutes, and reads them back', () => {
    const log = [{ on: '2026-11-28', minutes: 90 }, { on: '2026-11-30', minutes: 195 }];
    expect(studyLogLine(log)).toBe('Study log: 2026-11-28 90 min, 2026-11-30 195 min');
    expect(parseStudyLogLine(studyLogLine(log))).toEqual(log);
  });

  it('refuses a bad day, zero or too many minutes, or another shape', () => {
    expect(parseStudyLogLine('Study log: 2026-02-30 90 min')).toBeNull();
    expect(parseStudyLogLine('Study log: 2026-11-28 0 min')).toBeNull();
    expect(parseStudyLogLine('Study log: 2026-11-28 100001 min')).toBeNull();
    expect(parseStudyLogLine('Study log: 2026-11-28 1.5 h')).toBeNull();
  });

  it('round-trips through a checklist; a line it cannot read is refused, naming its week and line', () => {
    const curriculum = loadCurriculum();
    const plan = createDefaultPlan(curriculum, '2026-02-20');
    plan.weeks[2]!.studyLog = [{ on: '2026-03-10', minutes: 45 }];
    const text = renderProgressChecklist(curriculum, plan, '2026-03-25');
    const back = importRoadmapMarkdown(text, { today: '2026-03-25' });
    expect(back.ok && back.progress!.weeks[2]!.studyLog).toEqual([{ on: '2026-03-10', minutes: 45 }]);
    expect(back.ok && back.progress!.weeks[1]!.studyLog).toBeUndefined();
    const broken = importRoadmapMarkdown(text.replace('Study log: 2026-03-10 45 min', 'Study log: yesterday, an hour'), { today: '2026-03-25' });
    expect(broken).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Checklist, "Week 3" \(line \d+\): "Study log: yesterday, an hour" is not understood/) } });
  });
});

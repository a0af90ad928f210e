import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { renderProgressChecklist } from '../../src/shared/export/progress-checklist';
import { importRoadmapMarkdown } from '../../src/shared/import/import-roadmap';

/** Review 17: the checklist carries the start date, the pace and each task's own tick day. */
const curriculum = loadCurriculum();
const TODAY = '2026-03-25';

describe('progress checklist: schedule and task ticks', () => {
  it('writes an hours pace and task days, and reads them back', () => {
    const plan = createDefaultPlan(curriculum, '2026-02-20');
    plan.settings.startDate = '2026-03-04';
    plan.settings.pace = { mode: 'hours', hoursPerWeek: 6, hoursPerRoadmapWeek: 9 };
    plan.weeks[1]!.tasksDone[0] = '2026-03-12';
    const text = renderProgressChecklist(curriculum, plan, TODAY);
    expect(text).toContain('> Schedule: start 2026-03-04 · pace 6 hours a week, 9 hours per roadmap week');
    const back = importRoadmapMarkdown(text, { today: TODAY });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.progress!.schedule).toEqual({ startDate: '2026-03-04', pace: plan.settings.pace });
    expect(back.progress!.tasksDone![1]![0]).toBe('2026-03-12');
    expect(back.roadmap.weeks[1]!.tasks).toEqual(curriculum.weeks[1]!.tasks);
  });

  it('refuses a schedule line it cannot read, naming its line', () => {
    const text = renderProgressChecklist(curriculum, createDefaultPlan(curriculum, '2026-02-20'), TODAY).replace(/Schedule: .*/, 'Schedule: start soon · pace fast');
    const result = importRoadmapMarkdown(text, { today: TODAY });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Checklist, schedule line \(line \d+\): "Schedule: start soon · pace fast" is not understood/) } });
  });
});

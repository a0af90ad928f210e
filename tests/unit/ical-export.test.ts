import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { shiftDate } from '../../src/shared/domain/calendar-days';
import { renderICalendar, weekEventUid } from '../../src/shared/export/ical';
import type { Plan } from '../../src/shared/plan-schema';

const curriculum = loadCurriculum();
const NOW = new Date('2026-02-20T09:30:00Z');

function seedPlan(): Plan {
  const plan = createDefaultPlan(curriculum, '2026-02-20');
  plan.settings.startDate = '2026-03-02';
  return plan;
}

/** Parsed back by ical.js, an independent RFC 5545 parser: uid, summary, description and dates. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((c) => {
    const event = new ICAL.Event(c);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      sequence: event.sequence,
    };
  });
}

const render = (plan: Plan, now = NOW, today = '2026-02-20') => renderICalendar({ curriculum, plan, today, now, roadmapId: 'builtin' });

describe('iCalendar export', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('has one all-day event per week of the seed, over its planned dates', () => {
    const events = parse(render(seedPlan()));
    expect(events).toHaveLength(26);
    events.forEach((e, i) => {
      const start = shiftDate('2026-03-02', 7 * i);
      expect(e).toMatchObject({ uid: `week-${i + 1}.builtin@prep-planner`, start, end: shiftDate(start, 7), allDay: true });
      expect(e.summary).toBe(`Week ${i + 1} — ${curriculum.weeks[i]!.focus}`);
    });
    expect(events[0]!.start).toBe('2026-03-02');
    expect(events[25]).toMatchObject({ start: '2026-08-24', end: '2026-08-31' });
    expect(events[0]!.description).toBe(
      [
        'Goals:',
        '- Learn syntax, variables, data types, and operators.',
        '- Understand conditionals and loops.',
        '- Practice basic I/O operations.',
        '',
        'Tasks:',
        '- Solve simple problems on HackerRank. (https://www.hackerrank.com/domains/tutorials/10-days-of-python)',
      ].join('\n'),
    );
  });

  it('keeps every UID after a pace change and moves the re-planned weeks', () => {
    const plan = seedPlan();
    const before = parse(render(plan));
    // Weeks 1–3 done on time, then the pace halves from 23 March (what roadmap:set-schedule records).
    for (const [i, done] of ['2026-03-08', '2026-03-15', '2026-03-22'].entries()) {
      Object.assign(plan.weeks[i]!, { status: 'done', startedOn: shiftDate(done, -6), completedOn: done });
    }
    plan.settings.pace = { mode: 'calendar', weeksPerRoadmapWeek: 2 };
    plan.settings.replan = { fromWeek: 4, on: '2026-03-23' };
    const after = parse(render(plan, new Date('2026-03-23T08:00:00Z'), '2026-03-23'));
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after.slice(0, 3).map((e) => e.start)).toEqual(before.slice(0, 3).map((e) => e.start));
    expect(after[3]).toMatchObject({ start: '2026-03-23', end: '2026-04-06' });
    expect(after[4]).toMatchObject({ start: '2026-04-06', end: '2026-04-20' });
    expect(after[25]!.start).toBe(shiftDate('2026-03-23', 14 * 22));
    expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
  });

  it('leaves skipped weeks out and keeps the others on their own UID', () => {
    const plan = seedPlan();
    plan.weeks[1]!.status = 'skipped';
    const events = parse(render(plan));
    expect(events).toHaveLength(25);
    expect(events[1]).toMatchObject({ uid: weekEventUid('builtin', 3), start: '2026-03-09' });
  });

  it.each(['America/Los_Angeles', 'Europe/Berlin', 'Pacific/Auckland'])('writes the same calendar days in %s', (tz) => {
    process.env.TZ = tz;
    // The zone really changed: offsets differ, and cross DST during the 26 weeks.
    const offsets = new Set([new Date(2026, 2, 2).getTimezoneOffset(), new Date(2026, 7, 24).getTimezoneOffset()]);
    expect(offsets.size).toBe(2);
    const text = render(seedPlan());
    expect(text).toContain('DTSTART;VALUE=DATE:20260302');
    const events = parse(text);
    expect(events.map((e) => e.start)).toEqual(Array.from({ length: 26 }, (_, i) => shiftDate('2026-03-02', 7 * i)));
    expect(events.every((e) => e.allDay)).toBe(true);
  });
});

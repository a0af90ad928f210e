import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/main/core/clock';
import { startTestServices } from '../support/test-services';

const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, start: e.startDate.toString(), end: e.endDate.toString() };
  });

describe('calendar export through the contract', () => {
  it('saves a .ics where the dialog says; after a pace change the same UIDs carry the new dates', async () => {
    const saveDir = await mkdtemp(join(tmpdir(), 'pp-ical-save-'));
    let day = new Date(2026, 2, 2, 12);
    const clock: Clock = { now: () => day };
    let chosen = join(saveDir, 'my-plan');
    const { call } = await startTestServices({ prefix: 'ical', clock, dialogs: { saveFile: async () => chosen } });

    await call('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } });
    // No extension typed: the export path logic adds ".ics" (and would refuse to replace a file there).
    expect(await call('portfolio:export', { format: 'ical' })).toMatchObject({ ok: true, data: { status: 'saved', path: join(saveDir, 'my-plan.ics') } });
    const first = events(await readFile(join(saveDir, 'my-plan.ics'), 'utf8'));
    expect(first).toHaveLength(26);
    expect(first[0]).toEqual({ uid: 'week-1.builtin@prep-planner', start: '2026-03-02', end: '2026-03-09' });

    // Week 1 done on 8 March, then the pace halves on 9 March: weeks 2.. are re-planned from there.
    day = new Date(2026, 2, 8, 12);
    await call('roadmap:set-week-status', { week: 1, status: 'done' });
    day = new Date(2026, 2, 9, 12);
    await call('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 2 } });
    chosen = join(saveDir, 'my-plan.ics');
    expect(await call('portfolio:export', { format: 'ical' })).toMatchObject({ ok: true, data: { status: 'saved' } });
    const second = events(await readFile(chosen, 'utf8'));
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(second[1]).toMatchObject({ start: '2026-03-09', end: '2026-03-23' });
    expect(second[2]).toMatchObject({ start: '2026-03-23', end: '2026-04-06' });
    expect(await readdir(saveDir)).toEqual(['my-plan.ics']);
  });
});

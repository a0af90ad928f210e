import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import type { Plan } from '../../src/shared/plan-schema';
import { AUDIT_TODAY, seedAuditPlan } from '../support/audit-s6-plan';
import { okData as ok } from '../support/ok-data';
import { startTestServices } from '../support/test-services';

/**
 * Check 3 (s7), fault E: the calendar export of an imported copy was named after the document
 * ("Python Comprehensive Roadmap: Basic to Advanced") while the picker and the Roadmap view say
 * "… (2)", so two imported calendars got one name in a calendar app.
 */
type TestServices = Awaited<ReturnType<typeof startTestServices>>;
const running: TestServices[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.close().catch(() => undefined);
});

/** X-WR-CALNAME of an .ics text, its folded lines (RFC 5545 §3.1) joined again. */
const calendarName = (ics: string) => /^X-WR-CALNAME:(.*)$/m.exec(ics.replace(/\r\n[ \t]/g, '').replace(/\r\n/g, '\n'))?.[1];

describe('check 3 s7 fault E: exports carry the roadmap\'s listed name', () => {
  it('the built-in roadmap, then two imported copies "(2)" and "(3)": each calendar is named as the picker lists it', async () => {
    const s = await startTestServices({ prefix: 's7names', clock: fixedClock(AUDIT_TODAY) });
    running.push(s);
    await s.store.update((plan: Plan) => void seedAuditPlan(plan));
    const builtinIcs = ok(await s.call('portfolio:export', { format: 'ical', to: 'download' })).content as string;
    const builtinName = calendarName(builtinIcs);
    expect(builtinName).toBe('Python Comprehensive Roadmap: Basic to Advanced');
    const checklist = ok(await s.call('portfolio:export', { format: 'checklist', to: 'download' })).content as string;

    const names: string[] = [];
    for (const file of ['copy-a.md', 'copy-b.md']) {
      const imported = ok(await s.call('roadmaps:import', { markdown: checklist, fileName: file }));
      ok(await s.call('roadmaps:switch', { id: imported.roadmap.id }));
      const list = ok(await s.call('roadmaps:list', {}));
      const listed = (list.roadmaps as { id: string; title: string }[]).find((r) => r.id === list.active)!.title;
      const ics = ok(await s.call('portfolio:export', { format: 'ical', to: 'download' })).content as string;
      expect(calendarName(ics)).toBe(listed);
      names.push(listed);
      ok(await s.call('roadmaps:switch', { id: 'builtin' }));
    }
    expect(names).toEqual(['Python Comprehensive Roadmap: Basic to Advanced (2)', 'Python Comprehensive Roadmap: Basic to Advanced (3)']);
    // Back on the built-in roadmap, its calendar keeps the plain name.
    expect(calendarName(ok(await s.call('portfolio:export', { format: 'ical', to: 'download' })).content as string)).toBe(builtinName);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { distinctTitle, roadmapButtonName } from '../../src/shared/roadmap-names';
import { startTestServices } from '../support/test-services';
import { okData as ok } from '../support/ok-data';
import { fixedClock } from '../../src/main/core/clock';

/** Audit s6 fault 14: an imported roadmap with a name already listed, and a checklist that holds its schedule. */
type TestServices = Awaited<ReturnType<typeof startTestServices>>;
const running: TestServices[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.close().catch(() => undefined);
});
const BUILTIN = 'Python Comprehensive Roadmap: Basic to Advanced';

describe('audit s6 fault 14: imported roadmaps have names of their own', () => {
  it('distinctTitle: the first free " (n)", case and spaces ignored, within 300 characters', () => {
    expect(distinctTitle('Rust', ['Python'])).toBe('Rust');
    expect(distinctTitle('Rust', ['rust '])).toBe('Rust (2)');
    expect(distinctTitle('Rust', ['Rust', 'Rust (2)', 'RUST (3)'])).toBe('Rust (4)');
    const long = 'x'.repeat(300);
    expect(distinctTitle(long, [long])).toBe(`${'x'.repeat(296)} (2)`);
  });

  it('the round trip of the built-in roadmap\'s progress checklist: "… (2)", then "… (3)"; the header, picker and buttons differ; no second first-run question', async () => {
    const s = await startTestServices({ prefix: 's6names', clock: fixedClock('2026-11-30') });
    running.push(s);
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-10-05', pace: { mode: 'hours', hoursPerWeek: 7.5, hoursPerRoadmapWeek: 10 } }));
    ok(await s.call('roadmap:set-week-status', { week: 1, status: 'done' }));
    const checklist = ok(await s.call('portfolio:export', { format: 'checklist', to: 'download' })).content as string;
    expect(checklist).toContain('Schedule: start 2026-10-05 · pace 7.5 hours a week, 10 hours per roadmap week');

    const first = ok(await s.call('roadmaps:import', { markdown: checklist, fileName: 'prep-planner-progress-2026-11-30.md' }));
    expect(first.roadmap.title).toBe(`${BUILTIN} (2)`);
    expect(first.report.remarks).toContain(`A roadmap called “${BUILTIN}” is already listed, so this one is called “${BUILTIN} (2)”.`);
    const second = ok(await s.call('roadmaps:import', { markdown: checklist, fileName: 'prep-planner-progress-2026-11-30.md' }));
    expect(second.roadmap.title).toBe(`${BUILTIN} (3)`);

    const list = ok(await s.call('roadmaps:list', {}));
    const titles = list.roadmaps.map((r: { title: string }) => r.title);
    expect(titles).toEqual([BUILTIN, `${BUILTIN} (2)`, `${BUILTIN} (3)`]);
    const names = list.roadmaps.map((r: Parameters<typeof roadmapButtonName>[0]) => roadmapButtonName(r, list.roadmaps));
    expect(new Set(names).size).toBe(3);

    ok(await s.call('roadmaps:switch', { id: first.roadmap.id }));
    const boot = ok(await s.call('app:boot', {}));
    // The document keeps its own title (its checklist round-trips); the list, and so the header, the new name.
    expect(boot.curriculum.title).toBe(BUILTIN);
    const again = ok(await s.call('roadmaps:list', {}));
    expect(again.roadmaps.find((r: { id: string }) => r.id === again.active).title).toBe(`${BUILTIN} (2)`);
    const plan = ok(await s.call('plan:get', {}));
    // The checklist held the start date and the pace: the first-run question is answered.
    expect(plan.settings).toMatchObject({ onboarded: true, startDate: '2026-10-05', pace: { mode: 'hours', hoursPerWeek: 7.5, hoursPerRoadmapWeek: 10 } });
  });

  it('names already listed twice (imported before this fix) still give different button names', () => {
    const all = [
      { id: 'builtin', title: BUILTIN, builtin: true, sourceName: null, importedOn: null },
      { id: 'python-1', title: BUILTIN, builtin: false, sourceName: 'progress.md', importedOn: '2026-11-30' },
      { id: 'python-2', title: BUILTIN, builtin: false, sourceName: 'progress.md', importedOn: '2026-11-30' },
      { id: 'rust', title: 'Rust', builtin: false, sourceName: 'rust.md', importedOn: '2026-11-29' },
    ];
    const names = all.map((e) => roadmapButtonName(e, all));
    expect(names).toEqual([
      `${BUILTIN} (built in)`,
      `${BUILTIN} (imported from progress.md on 2026-11-30, python-1)`,
      `${BUILTIN} (imported from progress.md on 2026-11-30, python-2)`,
      'Rust',
    ]);
  });
});

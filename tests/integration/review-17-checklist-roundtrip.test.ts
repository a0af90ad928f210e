import { afterEach, describe, expect, it } from 'vitest';
import { startTestServices } from '../support/test-services';
import { okData as ok } from '../support/ok-data';

/**
 * Review of issue 17 item 5 ("a GitHub-ready checklist: `- [x]` ticked goals and tasks per week,
 * dates done, which re-imports losslessly"), through the real handlers: export the checklist of an
 * imported roadmap, import that file again, and the new roadmap must hold the same weeks, lengths,
 * ticks and planned dates (its own checklist is the same text).
 */
type TestServices = Awaited<ReturnType<typeof startTestServices>>;
const running: TestServices[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.close().catch(() => undefined);
});

const RANGES = `# Rust in 6 weeks

| Wk | Topic | What you will learn | Homework |
|---|---|---|---|
| Week 1–2 | **Ownership** | borrow<br>lifetimes | read the book<br>\`cargo new\` |
| Week 3 | Traits | generics | exercises |
| Weeks 4-6 | Async | tokio | build a server |
`;

async function importAndOpen(s: TestServices, markdown: string, fileName: string): Promise<string> {
  const id = ok(await s.call('roadmaps:import', { markdown, fileName })).roadmap.id as string;
  ok(await s.call('roadmaps:switch', { id }));
  return id;
}
const checklist = async (s: TestServices): Promise<string> => ok(await s.call('portfolio:export', { format: 'checklist', to: 'download' })).content;

describe('review 17: the progress checklist re-imports losslessly through the app', () => {
  it('keeps "Week 1–2" style row ranges, so week lengths and planned dates survive the round trip', async () => {
    const s = await startTestServices({ prefix: 'rv17' });
    running.push(s);
    await importAndOpen(s, RANGES, 'rust.md');
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } }));
    const first = await checklist(s);
    // The exported checklist names the rows as the roadmap wrote them (progress-checklist.ts spanLabel).
    expect(first).toContain('## Week 1–2 — Ownership');
    expect(first).toContain('## Week 4–6 — Async');

    await importAndOpen(s, first, 'progress.md');
    const plan = ok(await s.call('plan:get', {}));
    expect(plan.weeks.map((w: { lengthFactor: number }) => w.lengthFactor)).toEqual([2, 1, 3]);
  });

  it('exports a ticked task as "- [x]" and brings the tick back on re-import', async () => {
    const s = await startTestServices({ prefix: 'rv17' });
    running.push(s);
    await importAndOpen(s, RANGES, 'rust.md');
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } }));
    ok(await s.call('roadmap:set-task', { week: 1, task: 0, done: true }));
    const first = await checklist(s);
    expect(first).toMatch(/- \[x\] read the book/);

    await importAndOpen(s, first, 'progress.md');
    const plan = ok(await s.call('plan:get', {}));
    expect(plan.weeks[0].tasksDone[0]).toBe('2026-03-02');
  });

  it('keeps the start date, so the re-imported plan has the same planned dates and writes the same checklist', async () => {
    const s = await startTestServices({ prefix: 'rv17' });
    running.push(s);
    const flat = RANGES.replace('Week 1–2', 'Week 1').replace('| Week 3 |', '| Week 2 |').replace('Weeks 4-6', 'Week 3');
    await importAndOpen(s, flat, 'flat.md');
    ok(await s.call('roadmap:set-schedule', { startDate: '2026-03-02', pace: { mode: 'calendar', weeksPerRoadmapWeek: 1 } }));
    ok(await s.call('roadmap:set-goal', { week: 1, goal: 1, done: true }));
    const first = await checklist(s);
    expect(first).toContain('planned 2026-03-02 to 2026-03-08');

    await importAndOpen(s, first, 'progress.md');
    expect(await checklist(s)).toBe(first);
  });
});

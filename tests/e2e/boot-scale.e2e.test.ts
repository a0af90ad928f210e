import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/plan-schema';
import { generateStressPlan, loadCurriculumData } from '../../scripts/generate-stress-plan';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const column = (page: Page, title: string) => page.getByRole('list', { name: title, exact: true }).first();
const savedPlan = async (dataDir: string) => JSON.parse(await readFile(join(dataDir, 'planner.json'), 'utf8')) as Plan;

/** Steps done of total, as the card's progress bar counts them: active steps, done = in a Done column. */
function stepCounts(plan: Plan, projectId: string): { done: number; total: number } {
  const done = new Set(plan.board.columns.filter((c) => c.role === 'done').map((c) => c.id));
  let total = 0;
  let doneCount = 0;
  for (const [col, ids] of Object.entries(plan.board.steps[projectId]!)) {
    for (const id of ids) {
      if (plan.steps[id]!.state !== 'active') continue;
      total++;
      if (done.has(col)) doneCount++;
    }
  }
  return { done: doneCount, total };
}

// Boot carries the plan packed (each step once, in its cell) and the renderer unpacks it; at 2,000
// project cards this checks the board, a card's steps and its notes all arrive whole, and that a
// change made after such a boot saves. Always over browser mode's real HTTP server, the transport
// the boot target is set on (the harness's binding carries 6 MB slowly and adds nothing here).
describe('boot at 2,000 project cards, over HTTP', () => {
  it('shows every column, a card\'s steps and its notes as saved, and an edit to the notes saves', async () => {
    const curriculum = loadCurriculumData();
    const plan = generateStressPlan(curriculum, { today: '2026-09-01', projects: 2000 });
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-boot-scale-'));
    await writeFile(join(dataDir, 'planner.json'), JSON.stringify(plan));
    app = await launchApp({ dataDir, now: '2026-09-01', transport: 'http' });
    const { page } = app;

    for (const col of plan.board.columns) {
      const list = column(page, col.title);
      await list.getByRole('article').first().waitFor();
      // Virtualised: the list says how many cards it holds, and renders a window of them.
      expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(plan.board.projects[col.id]!.length));
      expect(plan.board.projects[col.id]).toHaveLength(400);
    }

    const backlog = column(page, plan.board.columns[0]!.title);
    const firstId = plan.board.projects.backlog![0]!;
    const first = backlog.getByRole('article', { name: curriculum.projects[0]!.name, exact: true });
    const counts = stepCounts(plan, firstId);
    expect(counts.total).toBe(10);
    expect(await first.getByRole('progressbar').getAttribute('aria-label')).toBe(`Steps done: ${counts.done} of ${counts.total}`);

    // The third Backlog card is one of the 1,990 projects the curriculum does not know.
    const thirdId = plan.board.projects.backlog![2]!;
    expect(thirdId).toMatch(/^stress-project-/);
    const thirdName = (await backlog.getByRole('article').nth(2).getAttribute('aria-label'))!;
    await page.getByRole('button', { name: `Details of ${thirdName}`, exact: true }).click();
    const panel = page.getByRole('dialog', { name: thirdName });
    await panel.waitFor();
    const notes = panel.getByRole('textbox', { name: 'Notes' });
    expect(await notes.inputValue()).toBe(plan.projects[thirdId]!.notes);
    const titles = Object.values(plan.board.steps[thirdId]!).flat().map((id) => plan.steps[id]!.title);
    for (const title of titles) expect(await panel.getByRole('textbox', { name: `Step title: ${title}`, exact: true }).count()).toBe(1);

    await notes.fill('Rewritten after a 2,000-card boot.');
    await panel.getByRole('textbox', { name: 'New step title' }).click();
    await expect.poll(() => app!.services.store.plan.projects[thirdId]!.notes).toBe('Rewritten after a 2,000-card boot.');
    await app.services.store.flush();
    const saved = await savedPlan(dataDir);
    expect(saved.projects[thirdId]!.notes).toBe('Rewritten after a 2,000-card boot.');
    expect(Object.keys(saved.projects)).toHaveLength(2000);
    expect(Object.keys(saved.steps)).toHaveLength(20_000);
    expect(saved.projects[firstId]!.notes).toBe(plan.projects[firstId]!.notes);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/handlers/dispatch';
import { launchApp, type LaunchedApp } from './harness';

/*
 * Check 5 (s8), N1: another tab switched roadmaps, and this tab kept its old roadmap's name and
 * weeks while its board quietly became the other roadmap's (and its edits went there). Now the
 * tab learns of the switch at its next sync (every 2 s while visible, and when looked at), starts
 * over on the roadmap open now and says so; header, Roadmap view and board agree. The switch is
 * made in main here, as another tab or window would. Runs over the harness binding (e2e) and the
 * real browser-mode server (e2e-http), where main also refuses a stale tab's changes
 * (tests/integration/two-tabs-roadmap-s8.test.ts).
 */

const BUILTIN = 'Python Comprehensive Roadmap: Basic to Advanced';
const FIXTURES = join(__dirname, '..', 'unit', 'import-fixtures');
const POLL = { timeout: 20_000 };

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('another tab or window switches roadmaps (check5 s8, N1)', () => {
  it('this tab starts over on the roadmap open now, says so, and shows one roadmap everywhere', async () => {
    app = await launchApp({ now: '2026-11-30' });
    const page = app.page;
    await page.getByRole('button', { name: `Roadmap: ${BUILTIN}` }).waitFor();
    const markdown = await readFile(join(FIXTURES, 'dsa-plan.md'), 'utf8');
    const imported = await dispatch(app.services.handlers, 'roadmaps:import', { markdown, fileName: 'dsa-plan.md' });
    expect(imported.ok).toBe(true);
    const id = (imported as { data: { roadmap: { id: string } } }).data.roadmap.id;
    expect((await dispatch(app.services.handlers, 'roadmaps:switch', { id })).ok).toBe(true);

    await page.getByRole('button', { name: 'Roadmap: DSA in 8 Weeks' }).waitFor(POLL);
    await expect.poll(() => page.getByText('Another tab switched roadmaps').count(), POLL).toBe(1);
    await expect(page.getByText('Another tab or window opened a different roadmap, so this tab now shows that one too.', { exact: false }).count()).resolves.toBe(1);
    // The page's own notice stays until dismissed: later syncs (every 2 s) do not take it away (check6 s8, N7).
    await page.waitForTimeout(5_000);
    await expect(page.getByText('Another tab switched roadmaps').count()).resolves.toBe(1);
    // The board is the open roadmap's (no projects in this one), not a mix.
    await expect(page.getByRole('article').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByRole('heading', { level: 1, name: 'DSA in 8 Weeks' }).waitFor(POLL);
    await expect(page.getByRole('heading', { level: 1, name: BUILTIN }).count()).resolves.toBe(0);
  });
});

import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { moveProjectByKeyboard } from './keyboard-carry';
import { planOnDisk } from './plan-on-disk';

/*
 * Check 5 (s8), N3: a card was moved ("Moved Job Scraper to Up next. [Undo]"), then planner.json was
 * changed outside the app while the message was still up. The app cleared its undo history and
 * said so, but the message stayed over that notice, offering an Undo that did nothing and naming
 * the card as it was before the change. The message now goes with the history.
 */

const POLL = { timeout: 20_000 };
let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the undo message after the plan is replaced (check5 s8, N3)', () => {
  it('an outside change clears the history: the "Moved …" message and its Undo go, the notice says why', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const page = app.page;
    await moveProjectByKeyboard(page, 'Job Scraper', ['Up next']);
    const undoThis = page.getByRole('button', { name: 'Undo this change' });
    await undoThis.waitFor(POLL);
    await expect(page.getByRole('status').filter({ hasText: 'Moved Job Scraper' }).count()).resolves.toBe(1);

    // The pointer rests on the message, which keeps it up (WCAG 2.2.1) however long the outside change takes to be seen.
    await undoThis.hover();
    // A sync tool writes another version in, with the card renamed.
    const plan = await planOnDisk(app);
    plan.projects['job-scraper']!.text = { ...plan.projects['job-scraper']!.text, name: 'Job Scraper Pro' };
    const path = join(app.dataDir, 'planner.json');
    await writeFile(`${path}.sync`, JSON.stringify(plan, null, 2));
    await rename(`${path}.sync`, path);

    await page.getByRole('status', { name: 'Undo history cleared' }).waitFor(POLL);
    await expect.poll(() => undoThis.count(), POLL).toBe(0);
    await expect(page.getByText('Moved Job Scraper', { exact: false }).count()).resolves.toBe(0);
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
  });
});

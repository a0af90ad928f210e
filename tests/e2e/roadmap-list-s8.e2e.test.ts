import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

const FIXTURES = join(__dirname, '..', 'unit', 'import-fixtures');
const POLL = { timeout: 15_000 };
const BUILTIN = 'Python Comprehensive Roadmap: Basic to Advanced';
const JS = 'JavaScript Developer Roadmap 🚀';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const pickerButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Roadmap:/ });
const roadmapsDialog = (page: Page) => page.getByRole('dialog', { name: 'Roadmaps' });

/** Counts the calls reaching main's handlers on these channels (wrapping the running services' handler table). */
function countCalls(launched: LaunchedApp, channels: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const handlers = launched.services.handlers as unknown as Record<string, (request: unknown) => Promise<unknown>>;
  for (const channel of channels) {
    counts[channel] = 0;
    const real = handlers[channel]!;
    handlers[channel] = (request) => (counts[channel]!++, real(request));
  }
  return counts;
}

/**
 * Opens the Roadmap view and checks its title is the picker's; then waits for the page's next
 * every-2-s sync call, which the page sends after the view's mount effects, so a list read the
 * view made would have reached main by then.
 */
async function roadmapViewSays(page: Page, calls: Record<string, number>, title: string) {
  await page.getByRole('tab', { name: 'Roadmap' }).click();
  await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent(), POLL).toBe(title);
  expect(await pickerButton(page).textContent()).toBe(`Roadmap: ${title}`);
  const syncs = calls['app:sync']!;
  await expect.poll(() => calls['app:sync'], POLL).toBeGreaterThan(syncs);
  await page.getByRole('tab', { name: 'Board' }).click();
}

describe('one roadmap list for the picker and the Roadmap view (roadmaps:list asked once)', () => {
  it('a boot reads the list once, however often the Roadmap view opens; an import reads it again, a switch uses main\'s reply and the new boot reads it once', async () => {
    app = await launchApp({ now: '2026-04-20' });
    const { page } = app;
    const calls = countCalls(app, ['roadmaps:list', 'app:sync']);
    await page.reload();
    await pickerButton(page).waitFor();
    await expect.poll(() => calls['roadmaps:list'], POLL).toBe(1);
    await roadmapViewSays(page, calls, BUILTIN);
    await roadmapViewSays(page, calls, BUILTIN);
    expect(calls['roadmaps:list']).toBe(1);

    // Import: the one refresh after it; the list then shows the new roadmap.
    const file = join(app.saveDir, 'js-roadmap.md');
    await copyFile(join(FIXTURES, 'javascript-roadmap.md'), file);
    app.answerOpenFile(file);
    await pickerButton(page).click();
    const dialog = roadmapsDialog(page);
    await dialog.getByRole('button', { name: 'Import from a file…' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    const listed = dialog.getByRole('list', { name: 'Your roadmaps' }).getByRole('button', { name: `Switch to ${JS}` });
    await listed.waitFor();
    expect(calls['roadmaps:list']).toBe(2);

    // Switch: the app starts over on the other roadmap; its picker reads the list once more.
    await listed.click();
    await expect.poll(() => pickerButton(page).textContent(), POLL).toBe(`Roadmap: ${JS}`);
    await roadmapViewSays(page, calls, JS);
    await roadmapViewSays(page, calls, JS);
    expect(calls['roadmaps:list']).toBe(3);
  });
});

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/shared/plan-schema';
import { launchApp, type LaunchedApp } from './harness';

const TODAY = '2026-04-20';
const SHOTS = process.env.PREP_PLANNER_SHOTS ?? '/tmp';
const NOTES = 'Deployed at https://weather.example/app and documented.';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Weather Forecast API in Done with notes holding one link; notes not included yet (the default). */
async function launchWithDoneProject(): Promise<LaunchedApp> {
  const launched = await launchApp({ now: TODAY });
  await launched.services.store.update((plan: Plan) => {
    for (const ids of Object.values(plan.board.projects)) {
      const at = ids.indexOf('weather-forecast-api');
      if (at >= 0) ids.splice(at, 1);
    }
    plan.board.projects.done!.push('weather-forecast-api');
    Object.assign(plan.projects['weather-forecast-api']!, { startedOn: '2026-03-02', finishedOn: '2026-04-10', notes: NOTES });
  });
  await launched.reload();
  return launched;
}

describe('the Portfolio preview is built by main (portfolio:preview)', () => {
  it('keeps the previous model while a reply is on its way, says a failure in plain words, and Try again brings it up to date', async () => {
    app = await launchWithDoneProject();
    const { page } = app;
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const preview = page.getByRole('region', { name: 'Portfolio preview' });
    const article = preview.getByRole('article', { name: 'Weather Forecast API' });
    await article.waitFor();
    expect(await article.locator('blockquote').count()).toBe(0);
    // The page's every-2-s sync may hand back the plan after this tab's own change, and the preview
    // then asks again (correctly): held for the whole test, so each request here is one the test made.
    const syncs = app.holdReplies('app:sync');

    // A slow main: the preview keeps what it showed, no blank, no "Preparing…".
    const held = app.holdReplies('portfolio:preview');
    await page.getByRole('checkbox', { name: 'Include my project notes' }).check();
    await held.arrived();
    expect(await article.isVisible()).toBe(true);
    expect(await preview.getByText('Preparing the preview…').count()).toBe(0);
    expect(await article.locator('blockquote').count()).toBe(0);
    held.release();
    // The note, with the same link the export makes (its text as typed, opening in the OS browser).
    await article.locator('blockquote').waitFor();
    expect(await article.locator('blockquote').textContent()).toBe(NOTES);
    expect(await article.getByRole('link', { name: 'https://weather.example/app' }).getAttribute('href')).toBe('https://weather.example/app');

    // A refused reply: a plain message, never main's words, and the model shown stays.
    const refused = app.holdReplies('portfolio:preview');
    await page.getByRole('checkbox', { name: 'Include my project notes' }).uncheck();
    await refused.arrived();
    refused.refuse('EIO: i/o error, read /secret/path');
    const alert = preview.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('The preview could not be brought up to date, so it may not show your latest change. Your plan is saved, and the exports are made from it. Try again');
    expect(await article.locator('blockquote').textContent()).toBe(NOTES);
    await preview.screenshot({ path: join(SHOTS, 'portfolio-preview-failed-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await preview.screenshot({ path: join(SHOTS, 'portfolio-preview-failed-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => article.locator('blockquote').count()).toBe(0);
    expect(await preview.getByRole('alert').count()).toBe(0);
    syncs.release();
  });
});

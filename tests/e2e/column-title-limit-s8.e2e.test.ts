import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/shared/plan-limits';
import { launchApp, type LaunchedApp } from './harness';

/*
 * check5-s8 N4: a column title over its limit, Enter: the limit message was set beside the field
 * inside the column header, squeezing the field to ~46 px (about 5 characters shown), so the user
 * could not see what to shorten. The message now goes below a full-width field, as on a step card.
 */

const SHOTS = process.env.PREP_SHOTS_DIR; // set to keep screenshots (light and dark)
const LONG = `Ideas I will sort out one quiet Sunday afternoon, honest ${'x'.repeat(TEXT_LIMITS.columnTitle)}`.slice(0, TEXT_LIMITS.columnTitle + 1);

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('a column title over its limit keeps a full-width field, the message below it (check5-s8 N4)', () => {
  for (const size of [
    { width: 1320, height: 860 },
    { width: 900, height: 600 },
  ]) {
    it(`at ${size.width}×${size.height}: the field is at least 80 % of the header's width and the message sits under it`, async () => {
      app = await launchApp({ now: '2026-11-30' });
      const { page } = app;
      await page.setViewportSize(size);
      await page.getByRole('button', { name: 'Backlog', exact: true }).focus();
      await page.keyboard.press('Enter');
      const field = page.getByRole('textbox', { name: 'Title of column Backlog' });
      await field.fill(LONG);
      await field.press('Enter');
      const message = page.getByRole('alert').filter({ hasText: 'The title' });
      await message.waitFor();
      // Still editing, all the text kept.
      expect(await field.inputValue()).toBe(LONG);

      const header = page.locator('header.column-header').filter({ has: field });
      const headerBox = (await header.boundingBox())!;
      const fieldBox = (await field.boundingBox())!;
      const messageBox = (await message.boundingBox())!;
      expect(fieldBox.width).toBeGreaterThanOrEqual(0.8 * headerBox.width);
      // Below the field, not beside it; and inside the header.
      expect(messageBox.y).toBeGreaterThanOrEqual(fieldBox.y + fieldBox.height - 1);
      expect(messageBox.x).toBeGreaterThanOrEqual(headerBox.x - 1);
      expect(messageBox.x + messageBox.width).toBeLessThanOrEqual(headerBox.x + headerBox.width + 1);
      // The count and the settings button are still there and do not overlap the field.
      const settings = (await header.getByRole('button', { name: 'Column settings: Backlog' }).boundingBox())!;
      expect(settings.y).toBeGreaterThanOrEqual(fieldBox.y + fieldBox.height - 1);

      if (SHOTS) {
        await mkdir(SHOTS, { recursive: true });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await header.screenshot({ path: join(SHOTS, `column-title-limit-${size.width}-${scheme}.png`) });
        }
      }
    }, 120_000);
  }
});

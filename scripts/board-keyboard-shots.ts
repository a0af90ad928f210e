/**
 * Screenshots of the keyboard board parts of issue 14 (card menu, quick add, focused card) at
 * 1024×700, 1400×900 and 200 % zoom, light and dark, through the E2E harness.
 * Usage: npm run build && npx tsx scripts/board-keyboard-shots.ts OUT_DIR
 */
import { join } from 'node:path';
import { launchApp } from '../tests/e2e/harness';

const out = process.argv[2] ?? '/tmp/i14-shots';
const SIZES = [
  { name: '1024x700', width: 1024, height: 700, zoom: 1 },
  { name: '1400x900', width: 1400, height: 900, zoom: 1 },
  { name: 'zoom200', width: 1400, height: 900, zoom: 2 },
];

const app = await launchApp({ now: '2026-04-20' });
await app.services.handlers['board:move-project']({ projectId: 'weather-forecast-api', toColumn: 'done', toIndex: 0 });
await app.reload();
const page = app.page;
for (const scheme of ['light', 'dark'] as const) {
  await page.emulateMedia({ colorScheme: scheme });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate((z) => void (document.documentElement.style.zoom = String(z)), size.zoom);
    const shot = async (name: string) => page.screenshot({ path: join(out, `${name}-${size.name}-${scheme}.png`) });
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    await page.getByRole('button', { name: 'Details of Job Scraper' }).focus();
    await page.keyboard.press('Shift+F10');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('menu', { name: 'Move to column' }).waitFor();
    await shot('card-menu');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Steps', exact: true }).click();
    const lane = page.getByRole('region', { name: 'Steps of Library Management System' });
    await lane.getByRole('button', { name: 'Add step to Up next' }).click();
    await page.keyboard.type('Write the README');
    await shot('quick-add');
    await page.keyboard.press('Escape');
  }
}
await app.close();
console.log('screenshots in', out);

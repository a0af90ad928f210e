/**
 * Screenshots of every view at the window sizes issue 14 names, light and dark, through the E2E
 * harness (built renderer, real handlers). Usage: npm run build && npx tsx scripts/a11y-screenshots.ts OUT_DIR
 * 200 % zoom is CSS zoom on a 1400×900 window: the layout sees a 700×450 viewport, as at 200 %.
 */
import { join } from 'node:path';
import { launchApp } from '../tests/e2e/harness';

const out = process.argv[2] ?? '/tmp/i14-shots';
const SIZES = [
  { name: '1024x700', width: 1024, height: 700, zoom: 1 },
  { name: '1400x900', width: 1400, height: 900, zoom: 1 },
  { name: '1920x1080', width: 1920, height: 1080, zoom: 1 },
  { name: 'zoom200', width: 1400, height: 900, zoom: 2 },
];

const app = await launchApp({ now: '2026-04-20' });
await app.services.store.update((plan) => {
  plan.settings.onboarded = true;
  plan.settings.startDate = '2026-03-02';
  const id = plan.board.projects.backlog!.splice(4, 1)[0]!;
  plan.board.projects.done!.push(id);
  plan.projects[id]!.startedOn = '2026-03-02';
  plan.projects[id]!.finishedOn = '2026-04-10';
  plan.settings.profile = { name: 'Ada Lovelace', headline: 'Python developer', links: [{ label: 'GitHub', url: 'https://github.com/ada-example/a-very-long-profile-address' }] };
});
await app.reload();
const page = app.page;
for (const scheme of ['light', 'dark'] as const) {
  await page.emulateMedia({ colorScheme: scheme });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate((z) => void (document.documentElement.style.zoom = String(z)), size.zoom);
    const shot = async (name: string) => page.screenshot({ path: join(out, `${name}-${size.name}-${scheme}.png`) });
    await page.getByRole('tab', { name: 'Board' }).click();
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    await page.getByRole('list', { name: 'Backlog' }).waitFor();
    await shot('board-projects');
    await page.getByRole('button', { name: 'Steps', exact: true }).click();
    await page.getByRole('region', { name: /Steps of/ }).first().waitFor();
    await shot('board-steps');
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    await page.getByRole('button', { name: 'Column settings: Backlog' }).click();
    await shot('column-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByRole('region', { name: 'Progress' }).waitFor();
    await page.waitForTimeout(200);
    await shot('roadmap');
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByRole('region', { name: 'Portfolio preview' }).getByRole('article').first().waitFor();
    await shot('portfolio');
  }
}
await app.close();
console.log('screenshots in', out);

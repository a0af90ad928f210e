import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { importRoadmapMarkdown } from '../../src/shared/import/import-roadmap';
import { launchApp, type LaunchedApp } from './harness';

const SHOTS = process.env.PREP_PLANNER_SHOTS ?? '/tmp';
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function exportAs(label: string): Promise<string> {
  const { page } = app!;
  await page.getByRole('button', { name: `Export ${label}` }).click();
  const status = page.getByRole('status').filter({ hasText: 'Saved' });
  await status.waitFor();
  return (await status.locator('code').textContent())!;
}

describe('calendar and checklist export from the Portfolio view', () => {
  it('saves a .ics with one event per planned week and a checklist that imports back', async () => {
    app = await launchApp({ now: '2026-04-20' });
    const { page, saveDir } = app;
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByRole('button', { name: 'Export Calendar (.ics)…' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'calendar-export.png'), fullPage: true });

    const icsPath = await exportAs('Calendar (.ics)…');
    expect(icsPath).toBe(join(saveDir, 'prep-planner-roadmap.ics'));
    const events = new ICAL.Component(ICAL.parse(await readFile(icsPath, 'utf8'))).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(26);
    // No start date yet: the plan starts the coming Monday (27 April 2026).
    expect(events[0]!.startDate.toString()).toBe('2026-04-27');
    expect(events[0]!.summary).toBe('Week 1 — Python Basics');

    const mdPath = await exportAs('Progress checklist…');
    expect(mdPath).toBe(join(saveDir, 'prep-planner-progress-2026-04-20.md'));
    const back = importRoadmapMarkdown(await readFile(mdPath, 'utf8'), { today: '2026-04-20' });
    expect(back.ok && back.roadmap.weeks.length).toBe(26);
    expect(back.ok && back.progress!.weeks.every((w) => w.status === 'not-started')).toBe(true);
  });
});

describe('the reminders setting', () => {
  it('is on by default, can be turned off from Roadmap > Pace and start date, and the plan file keeps it off', async () => {
    app = await launchApp({ now: '2026-04-20' });
    const { page } = app;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    await page.getByText('Pace and start date', { exact: true }).click();
    const box = page.getByRole('checkbox', { name: 'Remind me when a week starts' });
    expect(await box.isChecked()).toBe(true);
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'nudge-setting.png') });
    await box.press('Space');
    await expect.poll(() => box.isChecked()).toBe(false);
    // Saved in the plan file, so a restart keeps it off.
    await expect.poll(async () => JSON.parse(await readFile(join(app!.dataDir, 'planner.json'), 'utf8')).settings.nudges).toBe(false);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

/*
 * The Started and Finished fields of the card details never lose what the user typed. Full run of
 * 2026-11-30 07:34 (dates-locale.e2e): right after a date was filled in, the dialog was gone. The
 * field's input handler read the event inside a state updater, which React may run later, in the
 * render, when the event is over: "Cannot read properties of null (reading 'value')" threw in the
 * render, the Board view's error boundary replaced the view, and the dialog and the typed date
 * went with it. It happened whenever the details had an update still pending as the user typed
 * (a loaded machine, quick keystrokes).
 */
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const POLL = { timeout: 15_000 };
const WEATHER = 'Weather Forecast API';
const WEATHER_ID = 'weather-forecast-api';

async function openStarted(target: LaunchedApp) {
  const errors: string[] = [];
  target.page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await target.page.getByRole('button', { name: `Details of ${WEATHER}` }).click();
  const dialog = target.page.getByRole('dialog', { name: WEATHER });
  await dialog.waitFor();
  return { dialog, started: dialog.getByLabel('Started', { exact: true }), errors };
}

/** The reading a screen reader hears after the field (its aria-describedby), spaces made plain. */
const reading = (field: ReturnType<LaunchedApp['page']['getByLabel']>) =>
  field.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim());

describe('a date typed in the card details stays where the user typed it', () => {
  it('two keystrokes that land before the details re-render keep the dialog open, the field’s text and its reading', async () => {
    // Today is after the dates typed: a typed start after today is refused (check s6, N2).
    app = await launchApp({ now: '2026-03-20' });
    const { dialog, started, errors } = await openStarted(app);
    // Two input events in one task: the second finds the first's update still pending, as a fast
    // typist on a loaded machine does; React then runs the field's state updater in the render.
    await started.focus();
    // The prototype's setter, as the browser's own editing does (React ignores an input event after
    // a script's plain `input.value = …`, which it takes for its own write).
    await started.evaluate((input: HTMLInputElement) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (const value of ['2026-03-08', '2026-03-09']) {
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    expect(await dialog.count()).toBe(1);
    expect(await started.inputValue()).toBe('2026-03-09');
    expect(await reading(started)).toBe('Mon, 9 Mar 2026');
    expect(await app.page.getByRole('button', { name: 'Reload view' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await started.blur();
    await expect.poll(() => app!.services.store.plan.projects[WEATHER_ID]!.startedOn, POLL).toBe('2026-03-09');
    expect(await started.inputValue()).toBe('2026-03-09');
  }, 180_000);

  it('a date corrected while the first one is still being saved keeps the correction in the field, and then saves it', async () => {
    // Today is after the dates typed: a typed start after today is refused (check s6, N2).
    app = await launchApp({ now: '2026-03-20' });
    const { started, errors } = await openStarted(app);
    const held = app.holdReplies('board:update-project');
    await started.fill('2026-03-09');
    await started.blur();
    await held.arrived(1);
    // The user corrects the date before main has answered the first save.
    await started.fill('2026-03-10');
    held.release();
    await expect.poll(() => app!.services.store.plan.projects[WEATHER_ID]!.startedOn, POLL).toBe('2026-03-09');
    // The first save's reply does not put its date (or a new field) in place of the correction.
    expect(await started.inputValue()).toBe('2026-03-10');
    expect(await reading(started)).toBe('Tue, 10 Mar 2026');
    await started.blur();
    await expect.poll(() => app!.services.store.plan.projects[WEATHER_ID]!.startedOn, POLL).toBe('2026-03-10');
    expect(await started.inputValue()).toBe('2026-03-10');
    expect(errors).toEqual([]);
  }, 180_000);
});

import type { Page } from 'playwright-core';
import { cancelDrag, column, draggableCards, liftCard, scrollBoardToTop } from './board-probe';
import { nextFrames } from './frames';

/**
 * Pick-up latency on a warm page: from the Space keydown reaching the page to the first frame that
 * shows the drag. Both ends are page times, so the test driver's own latency is left out.
 */
export async function pickupLatency(page: Page, runs: number, firstColumn: string): Promise<number[]> {
  const samples: number[] = [];
  for (let run = -1; run < runs; run++) {
    await scrollBoardToTop(page);
    const card = draggableCards(column(page, firstColumn)).first();
    // The last Space keydown before the drag showed: a retried press restarts the clock.
    await page.evaluate(() => {
      const w = window as unknown as { __benchKeydown: number; __benchKeydownHooked?: boolean };
      w.__benchKeydown = 0;
      if (!w.__benchKeydownHooked) window.addEventListener('keydown', (e) => void (e.code === 'Space' && (w.__benchKeydown = e.timeStamp)), { capture: true });
      w.__benchKeydownHooked = true;
    });
    const shown = await liftCard(page, card);
    const down = await page.evaluate(() => (window as unknown as { __benchKeydown: number }).__benchKeydown);
    await cancelDrag(page);
    await nextFrames(page, 2);
    if (run >= 0) samples.push(shown - down);
  }
  return samples;
}

/** Switching the board to the Steps view (every project's swimlane): click to first frame with a lane's card. */
export const showView = async (page: Page, name: 'Steps' | 'Projects') => {
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name, exact: true }).click();
  const steps = name === 'Steps';
  await page.waitForFunction((want) => !!document.querySelector('[aria-roledescription][aria-label^="Move step"]') === want, steps, { polling: 'raf', timeout: 30_000 });
  await nextFrames(page, 2);
};

export async function stepsViewSwitch(page: Page, runs: number): Promise<number[]> {
  const samples: number[] = [];
  const toggle = (name: string) => page.getByRole('group', { name: 'Show' }).getByRole('button', { name, exact: true });
  for (let run = -1; run < runs; run++) {
    await page.evaluate(() => {
      const w = window as unknown as { __benchClick: number };
      w.__benchClick = 0;
      window.addEventListener('click', (e) => void (w.__benchClick ||= e.timeStamp), { capture: true, once: true });
    });
    await toggle('Steps').click();
    // A step card's drag handle is named "Move step …" by the board.
    const shown = (await (
      await page.waitForFunction(() => (document.querySelector('[aria-roledescription][aria-label^="Move step"]') ? performance.now() : null), null, {
        polling: 'raf',
        timeout: 30_000,
      })
    ).jsonValue()) as number;
    const clicked = await page.evaluate(() => (window as unknown as { __benchClick: number }).__benchClick);
    if (run >= 0) samples.push(shown - clicked);
    await toggle('Projects').click();
    await page.waitForFunction(() => !document.querySelector('[aria-label^="Move step"]'), null, { polling: 'raf', timeout: 30_000 });
    await nextFrames(page, 2);
  }
  return samples;
}

import { afterEach, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
let app: LaunchedApp | undefined;
afterEach(async () => { await app?.close(); app = undefined; });
const weekItem = (t: LaunchedApp, n: number) => t.page.getByRole('list', { name: 'Roadmap weeks' }).getByRole('listitem').filter({ has: t.page.getByRole('heading', { name: new RegExp(`^Week ${n} `) }) });
for (let rep = 0; rep < 6; rep++) it(`probe ticks ${rep}`, async () => {
  app = await launchApp({ now: '2026-03-23' });
  await app.services.store.update((plan) => { plan.settings.startDate = '2026-01-26'; plan.settings.onboarded = true; });
  await app.reload();
  const page = app.page;
  await page.getByRole('tab', { name: 'Roadmap' }).click();
  await page.evaluate(() => {
    const log: string[] = ((window as any).__log = []);
    const t0 = performance.now();
    const desc = (el: any) => { const li = el?.closest?.('li.week'); const gl = el?.closest?.('ul.goal-list'); const item = el?.closest?.('ul.goal-list > li'); return `${el?.tagName}${li ? ' ' + li.id : ''}${gl ? ' ' + gl.getAttribute('aria-label') : ''}${item ? ' #' + [...item.parentElement.children].indexOf(item) : ''}`; };
    for (const type of ['pointerdown', 'mousedown', 'click', 'change']) document.addEventListener(type, (e) => { const tg = e.target as any; log.push(`${Math.round(performance.now() - t0)} ${type} ${desc(tg)} x${(e as any).clientX} y${(e as any).clientY} checked=${tg?.checked}`); if (type === 'click') setTimeout(() => log.push(`${Math.round(performance.now() - t0)}  +0 after click ${desc(tg)} checked=${tg?.checked} connected=${tg?.isConnected}`)); }, true);
    new MutationObserver((ms) => { for (const m of ms) for (const n of m.removedNodes as any) if (n.nodeType === 1 && (n.matches?.('input,li') || n.querySelector?.('input[type=checkbox]'))) log.push(`${Math.round(performance.now() - t0)} REMOVED ${n.tagName} ${n.className ?? ''}`); }).observe(document.body, { childList: true, subtree: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) log.push(`${Math.round(e.startTime - t0)} SHIFT ${(e.sources ?? []).map((s: any) => `${s.node?.nodeName}.${s.node?.className ?? ''}:${Math.round(s.previousRect.y)}->${Math.round(s.currentRect.y)}`).join(' ')}`); }).observe({ type: 'layout-shift' });
    const main = document.querySelector('main')!;
    main.addEventListener('scroll', () => log.push(`${Math.round(performance.now() - t0)} scroll ${Math.round(main.scrollTop)}`));
  });
  try {
    for (let n = 1; n <= 4; n++) {
      const week = weekItem(app, n);
      for (const list of [`Week ${n} goals`, `Week ${n} tasks`]) {
        const boxes = week.getByRole('list', { name: list }).getByRole('checkbox');
        await boxes.first().waitFor();
        const count = await boxes.count();
        for (let i = 0; i < count; i++) {
          await page.evaluate((s) => (window as any).__log.push(`---- check ${s}`), `${list} #${i}`);
          await boxes.nth(i).check();
        }
      }
      await expect.poll(() => week.getByRole('combobox', { name: `Week ${n} status` }).inputValue(), { timeout: 15000 }).toBe('done');
    }
  } catch (e) {
    const log = await page.evaluate(() => (window as any).__log as string[]);
    console.log('FAILED', String(e).slice(0, 300), '\n' + log.slice(-60).join('\n'));
    throw e;
  }
}, 300_000);

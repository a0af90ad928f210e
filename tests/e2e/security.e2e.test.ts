import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron.vite.config';
import { realFs, type FsPort } from '../../src/main/core/fs-port';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { dispatch } from '../../src/main/handlers/dispatch';
import { launchApp, type LaunchedApp } from './harness';

const OUT_DIR = resolve(process.env.PREP_PLANNER_OUT_DIR ?? 'out');
const SHOTS = process.env.PREP_PLANNER_SHOTS ?? '/tmp';
let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('content security policy', () => {
  it('the built page carries the strict CSP meta', async () => {
    const html = await readFile(join(OUT_DIR, 'renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    // Every directive of the strict policy but frame-ancestors, which a meta tag cannot carry
    // (browsers ignore it there and log a warning; the app:// and HTTP headers send it: audit s6 fault 15).
    const full = CONTENT_SECURITY_POLICY.split('; ');
    expect(full).toContain("frame-ancestors 'none'");
    expect(meta?.[1]).toBe(full.filter((d) => !d.startsWith('frame-ancestors ')).join('; '));
    expect(html).not.toContain('<!-- csp -->');
    // No inline script in the built page: the only script is the bundle, loaded from the app origin.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('blocks eval, inline scripts and remote scripts in Chromium, and the page makes no outside request', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const { page } = app;
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const attempt = (fn: () => unknown) => {
        try {
          fn();
          return 'ran';
        } catch (error) {
          return (error as Error).name;
        }
      };
      const w = window as unknown as Record<string, unknown>;
      // DevTools' own evaluation is exempt from the CSP's eval check, so the attempts run in a
      // later task of the page itself, where the policy applies as it would to app code.
      const [evalResult, functionResult] = await new Promise<[string, string]>((done) =>
        setTimeout(() => done([attempt(() => (0, eval)('1 + 1')), attempt(() => new Function('return 1')())]), 0),
      );
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.head.append(inline);
      const remote = document.createElement('script');
      remote.src = 'https://evil.example/payload.js';
      const remoteOutcome = new Promise<string>((done) => {
        remote.onload = () => done('loaded');
        remote.onerror = () => done('blocked');
      });
      document.head.append(remote);
      const handler = document.createElement('img');
      handler.setAttribute('onerror', 'window.__handlerRan = true');
      handler.src = 'data:,not-an-image';
      document.body.append(handler);
      const remoteResult = await remoteOutcome;
      await new Promise((r) => setTimeout(r, 200));
      handler.remove();
      return { evalResult, functionResult, remoteResult, inlineRan: w.__inlineRan ?? false, handlerRan: w.__handlerRan ?? false, violations };
    });
    expect(outcome.evalResult).toBe('EvalError');
    expect(outcome.functionResult).toBe('EvalError');
    expect(outcome.inlineRan).toBe(false);
    expect(outcome.handlerRan).toBe(false);
    expect(outcome.remoteResult).toBe('blocked');
    expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(outcome.violations.some((v) => v.includes('evil.example'))).toBe(true);
    // CSP stopped the remote script before any request: nothing left the app's origin.
    expect(app.blockedRequests).toEqual([]);
  });
});

describe('user text is never HTML', () => {
  const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

  it('shows hostile names, step titles and notes as literal text, creating no element', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const call = async (channel: string, payload: unknown) => {
      const reply = await dispatch(app!.services.handlers, channel, payload);
      expect(reply, channel).toMatchObject({ ok: true });
    };
    // Stored through the real channels, as the forms would.
    await call('settings:update', { patch: { profile: { name: HOSTILE.slice(0, 120), headline: HOSTILE, links: [] } } });
    const stepId = Object.keys(app.services.store.plan.steps)[0]!;
    await call('board:update-step', { stepId, patch: { title: HOSTILE } });
    await call('roadmap:update-week', { week: 1, patch: { notes: HOSTILE } });
    await app.reload();
    const { page } = app;

    const seen: Record<string, number> = {};
    for (const tab of ['Board', 'Roadmap', 'Portfolio']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').waitFor();
      // The board shows step titles in its Steps mode.
      const stepsMode = page.getByRole('tabpanel').getByRole('button', { name: 'Steps', exact: true });
      if (tab === 'Board' && (await stepsMode.count()) === 1) await stepsMode.click();
      await page.waitForTimeout(300);
      seen[tab] = await page.evaluate((text) => {
        const inText = document.body.innerText.split(text).length - 1;
        const inFields = [...document.querySelectorAll('input, textarea')].filter((el) => (el as HTMLInputElement).value.includes(text)).length;
        return inText + inFields;
      }, HOSTILE.slice(0, 60));
      const injected = await page.evaluate(() => ({
        images: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      }));
      expect(injected, tab).toEqual({ images: 0, scripts: 0, pwned: null });
      await page.screenshot({ path: join(SHOTS, `hardening-hostile-${tab.toLowerCase()}.png`), fullPage: false });
    }
    console.info(`[hostile text] literal occurrences per view: ${JSON.stringify(seen)}`);
    // The text is shown (as text) somewhere: the test looked at rendered user text, not at nothing.
    expect(Object.values(seen).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(app.blockedRequests).toEqual([]);
  });
});

describe('a disk that refuses the write', () => {
  it('shows the error, puts the checkbox back, and leaves planner.json as it was', async () => {
    let failWith: string | null = null;
    const fs: FsPort = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        // Every save writes its own temp (`planner.json.tmp-<pid>-<n>-<random>`), so match the prefix.
        if (failWith && basename(String(args[0])).startsWith(`${PLAN_FILE}.tmp`)) throw Object.assign(new Error(`${failWith}: injected`), { code: failWith });
        return realFs.open(...args);
      }) as typeof realFs.open,
    };
    app = await launchApp({ now: '2026-03-02', fs });
    const { page } = app;
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const goal = page.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox').first();
    await goal.waitFor();
    const planPath = join(app.dataDir, PLAN_FILE);
    const before = await readFile(planPath);

    for (const [code, wording] of [['ENOSPC', /disk is full/], ['EROFS', /read-only/], ['EACCES', /permission was denied/]] as const) {
      failWith = code;
      await goal.click();
      const alert = page.getByRole('alert').filter({ hasText: wording });
      await alert.waitFor();
      await expect.poll(() => goal.isChecked()).toBe(false);
      expect((await readFile(planPath)).equals(before)).toBe(true);
      expect(app.services.store.plan.weeks[0]!.goalsDone[0]).toBeNull();
      if (code === 'ENOSPC') await page.screenshot({ path: join(SHOTS, 'hardening-disk-full.png') });
    }
    const leftovers = (await realFs.readdir(app.dataDir)).filter((n) => n.includes('.tmp'));
    expect(leftovers).toEqual([]);

    failWith = null;
    await goal.click();
    await expect.poll(() => goal.isChecked()).toBe(true);
    await app.services.store.flush();
    expect((await readFile(planPath)).equals(before)).toBe(false);
    expect(app.services.store.plan.weeks[0]!.goalsDone[0]).toBe('2026-03-02');
  });
});

describe('a read-only data folder holding a damaged plan', () => {
  it('opens with a notice that says the file is left untouched, and refuses changes visibly', async () => {
    const first = await launchApp();
    const dataDir = first.dataDir;
    await first.close();
    const damaged = '{"version":1,"board":';
    await writeFile(join(dataDir, PLAN_FILE), damaged);
    const refuse = async () => {
      throw Object.assign(new Error('EROFS: injected'), { code: 'EROFS' });
    };
    const fs: FsPort = {
      ...realFs,
      rename: refuse as unknown as typeof realFs.rename,
      open: (async (...args: Parameters<typeof realFs.open>) => (args[1] === 'r' ? realFs.open(...args) : refuse())) as typeof realFs.open,
    };
    app = await launchApp({ dataDir, now: '2026-03-02', fs });
    const notice = app.page.getByRole('alert', { name: 'Your plan file was damaged' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/could not be moved aside \(the disk is read-only\)/);
    await app.page.getByRole('tab', { name: 'Roadmap' }).click();
    const goal = app.page.getByRole('list', { name: 'Week 1 goals' }).getByRole('checkbox').first();
    await goal.click();
    await app.page.getByRole('alert').filter({ hasText: /Your change was not saved/ }).waitFor();
    await expect.poll(() => goal.isChecked()).toBe(false);
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(damaged);
    await app.page.screenshot({ path: join(SHOTS, 'hardening-read-only.png') });
  });
});

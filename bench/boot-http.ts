import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '../src/shared/plan-schema';
import { launchApp, type LaunchedApp } from '../tests/e2e/harness';
import { bootSamples } from './boot';
import { figure, missing, single, type Figure } from './results';
import { median } from './stats';

export interface HttpBootCase {
  /** e.g. "2,000 projects". */
  label: string;
  plan: Plan;
  today: string;
  runs: number;
  /** Boot-to-first-card target, ms (p95). */
  bootTarget?: number;
}

/**
 * Boot over the transport the product ships where Electron is absent: browser mode's real HTTP
 * server on 127.0.0.1 (token cookie, `POST /api/app:boot`, the renderer's http-api.ts), replies
 * not re-validated, as `npm start` runs it. Fresh page per boot, main already running; times are
 * the page's own `performance.now()` (zero: navigation start). The reply's size is the body as
 * it crossed the wire (the fetch's resource timing entry, `encodedBodySize`).
 */
export async function httpBootFigures(c: HttpBootCase): Promise<Figure[]> {
  const name = (what: string) => `${what} (${c.label})`;
  const dataDir = await mkdtemp(join(tmpdir(), 'prep-planner-bench-http-'));
  await writeFile(join(dataDir, 'planner.json'), JSON.stringify(c.plan));
  let app: LaunchedApp | undefined;
  try {
    app = await launchApp({ dataDir, now: c.today, transport: 'http', validateReplies: false });
    const boot = await bootSamples(app.page.context(), Math.min(c.runs, 10), true, `${app.origin}/`);
    const bytes = boot.flatMap((b) => (b.bootBytes === null ? [] : [b.bootBytes]));
    return [
      figure(name('Boot to first card, HTTP'), 'ms', boot.map((b) => b.firstCard), c.bootTarget ? { max: c.bootTarget, on: 'p95' } : undefined, "browser mode: the real local server, navigation start to the first frame with a card"),
      figure(name('  first pick-up, cold, HTTP'), 'ms', boot.flatMap((b) => (b.firstPickup === null ? [] : [b.firstPickup])), { max: 120, on: 'p95' }, 'Space keydown to the frame showing the drag, first time in a fresh page'),
      figure(name('  app:boot over HTTP, request to reply parsed'), 'ms', boot.flatMap((b) => (b.bootCall === null ? [] : [b.bootCall])), undefined, 'resource timing start to response.json() resolved'),
      figure(name('    of which response.json()'), 'ms', boot.flatMap((b) => (b.bootParse === null ? [] : [b.bootParse]))),
      bytes.length ? single(name('  app:boot reply size'), 'bytes', median(bytes), undefined, 'the body as it crossed the wire (no compression)') : missing(name('  app:boot reply size'), 'bytes', undefined, 'no resource timing entry for the call'),
    ];
  } catch (error) {
    return [missing(name('Boot over HTTP'), '', undefined, String((error as Error)?.message ?? error).split('\n')[0]!)];
  } finally {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

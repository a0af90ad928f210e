import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { SECURITY_HEADERS } from '../src/server/http-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/harness';
import { bootSamples } from './boot';
import { tracedMoves, type MoveSamples } from './move-trace';
import { figure, missing, type Figure } from './results';
import { median, p95 } from './stats';

/*
 * Reference floors: the same probes as the app's figures, run on pages with no app at all, in the
 * same browser, flags and window size, in the same run. They answer "how much of a figure is this
 * machine and browser, and how much is the app?" for the two targets set below what the machine
 * itself does (issue 18: ≤ 4 ms per pointer move, ≤ 300 ms boot at 10 cards). No target: they are
 * not the app's figures, and the app's rows are judged as before.
 */

const VIEWPORT = { width: 1400, height: 900 };

/**
 * The least any drag can cost per pointer move here: one element, moved by a `transform` written
 * in a `pointermove` handler (no framework, no hit testing, nothing else on the page). Every drag
 * has at least this: the input, a handler, a style change and the frame that shows it.
 */
const FOLLOW_PAGE = `<!doctype html><html><body style="margin:0;height:100vh">
<div id="card" style="position:fixed;left:0;top:0;width:260px;height:90px;background:#ddd;border-radius:8px"></div>
<script>
const card = document.getElementById('card');
addEventListener('pointermove', (e) => { card.style.transform = 'translate(' + (e.clientX - 130) + 'px,' + (e.clientY - 14) + 'px)'; });
</script></body></html>`;

/** The page for the boot floor: ten cards rendered by the app's React, built as the app is (minified, production). */
const BARE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference</title>
<script type="module" src="/bare.js"></script></head><body><div id="root"></div></body></html>`;

/**
 * `runs` boots of the bare React page and 3 × 100 moves of the follow page (the app's per-move
 * rows use 3 drags of 100 moves too). Fresh pages for boots, as the app's boot rows.
 */
export async function referenceFigures(runs: number): Promise<Figure[]> {
  const out: Figure[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'prep-planner-bench-reference-'));
  let browser: Browser | undefined;
  let server: Server | undefined;
  try {
    await buildBareReact(dir);
    const script = await readFile(join(dir, 'bare.js'));
    // `/` is sent with browser mode's security headers, as the app's page is; `/plain` without them.
    // One of them, Cross-Origin-Opener-Policy, makes Chromium give the page a new renderer process
    // after navigation start, instead of the one the fresh tab already has: that is in the app's
    // HTTP boot rows, so it is in the reference they are read against.
    server = createServer((req, res) => {
      const headers = req.url === '/plain' ? {} : SECURITY_HEADERS;
      if (req.url === '/bare.js') res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(script);
      else if (req.url === '/' || req.url === '/plain') res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(BARE_HTML);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: VIEWPORT });

    const boots = await bootSamples(context, Math.min(runs, 10), false, `${origin}/`);
    const plain = await bootSamples(context, Math.min(runs, 10), false, `${origin}/plain`);
    out.push(
      figure(
        'Reference: React alone, boot to first card, HTTP (10 cards)',
        'ms',
        boots.map((b) => b.firstCard),
        undefined,
        `no app: the app's React (${script.length.toLocaleString('en-US')} bytes, minified) renders ten static cards, served by a bare local server with browser mode's security headers; the same probe and fresh pages as the app's boot rows`,
      ),
      figure('  the same without the security headers', 'ms', plain.map((b) => b.firstCard), undefined, 'no Cross-Origin-Opener-Policy: the page keeps the renderer process its fresh tab already had (as the harness rows do)'),
    );

    const page = await context.newPage();
    await page.setContent(FOLLOW_PAGE);
    const cdp = await context.newCDPSession(page);
    const moves: MoveSamples = { wall: [], cpu: [], dispatched: 0, mean: 0 };
    for (let run = -1; run < 3; run++) {
      await page.mouse.move(200, 120);
      const cost = await tracedMoves(cdp, dragPath(), false);
      if (run < 0) continue; // warm-up, as the app's drags
      moves.wall.push(...cost.wall);
      moves.cpu.push(...cost.cpu);
      moves.dispatched += cost.dispatched;
    }
    out.push(
      figure('Reference: least a drag costs here, per pointer move, trace', 'ms', moves.wall, undefined, `no app: one element moved by a transform in a pointermove handler, nothing else on the page; same trace method, pace and path length as the app's rows; CPU ${median(moves.cpu).toFixed(2)} ms median, ${p95(moves.cpu).toFixed(2)} p95`),
      figure('  its CPU time per move', 'ms', moves.cpu),
    );
  } catch (error) {
    out.push(missing('Reference floors', '', undefined, String((error as Error)?.message ?? error).split('\n')[0]!));
  } finally {
    await browser?.close();
    server?.close();
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}

/** 100 points: 60 across three columns' width, then 40 down, as the app's drag path (main-thread.ts). */
function dragPath(): { x: number; y: number }[] {
  const across = Array.from({ length: 60 }, (_, i) => ({ x: 200 + (900 * (i + 1)) / 60, y: 132 }));
  const down = Array.from({ length: 40 }, (_, i) => ({ x: 1100, y: 132 + (700 * (i + 1)) / 40 }));
  return [...across, ...down];
}

/** Builds bare-react.ts as the app's renderer is built (Vite, production, minified) into `outDir`/bare.js. */
async function buildBareReact(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: fileURLToPath(new URL('./reference/bare-react.ts', import.meta.url)),
        output: { entryFileNames: 'bare.js', format: 'es', inlineDynamicImports: true },
      },
    },
  });
}

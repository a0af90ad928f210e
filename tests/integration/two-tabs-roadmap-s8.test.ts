import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../src/server/http-server';
import { PAGE_ROADMAP_HEADER, ROADMAP_MOVED_MESSAGE } from '../../src/shared/ipc/page-roadmap';
import { postApi } from '../support/http-api-post';
import { okData as ok } from '../support/ok-data';
import { startTestServices } from '../support/test-services';

/*
 * Check 5 (s8), N1: tab A switched roadmaps while tab B still showed the built-in one; B's board
 * quietly took the other roadmap's plan, and a column B renamed landed in that roadmap's
 * planner.json. A browser-mode page now names the roadmap it booted on in every call; main refuses
 * a call about a roadmap that is no longer open, and app:sync tells the page which one is.
 */

const FIXTURES = join(__dirname, '..', 'unit', 'import-fixtures');
let env: Awaited<ReturnType<typeof startTestServices>>;
let server: RunningServer;
afterEach(async () => {
  await server.close();
  await env.close();
});

async function start(): Promise<string> {
  env = await startTestServices({ prefix: 'two-tabs-s8' });
  const rendererDir = await mkdtemp(join(tmpdir(), 'pp-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Prep Planner</title>');
  server = await startHttpServer({ handlers: env.handlers, rendererDir });
  const markdown = await readFile(join(FIXTURES, 'dsa-plan.md'), 'utf8');
  const { roadmap } = ok<{ roadmap: { id: string } }>(await env.call('roadmaps:import', { markdown, fileName: 'dsa-plan.md' }));
  return roadmap.id;
}
/** A call as a page that booted on `roadmap` sends it. */
const fromPage = async (roadmap: string | null, channel: string, body: object) =>
  JSON.parse(await postApi(server, channel, JSON.stringify(body), roadmap === null ? {} : { [PAGE_ROADMAP_HEADER]: roadmap })) as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
const rename = (name: string) => ({ patch: { profile: { name, headline: '', links: [] } } });
/** Every planner.json under the data folder (the built-in one and each imported roadmap's), by path. */
async function plans(): Promise<Record<string, string>> {
  await env.store.flush();
  const out: Record<string, string> = {};
  for (const entry of await readdir(env.dataDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'planner.json') out[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

describe('two tabs, one switches roadmaps (check5 s8, N1)', () => {
  it("a change from a tab still showing the old roadmap is refused in plain words, and no planner.json changes", async () => {
    const other = await start();
    expect((await fromPage('builtin', 'roadmaps:switch', { id: other })).ok).toBe(true);
    const before = await plans();
    const refused = await fromPage('builtin', 'settings:update', rename('Written by the stale tab'));
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: ROADMAP_MOVED_MESSAGE } });
    expect(await plans()).toEqual(before);
    // The tab that shows the open roadmap goes on as before; so does a caller naming no roadmap (Electron's one window).
    expect((await fromPage(other, 'settings:update', rename('From the tab on the open roadmap'))).ok).toBe(true);
    expect((await fromPage(null, 'app:today', {})).ok).toBe(true);
  });

  it('app:sync from the stale tab gets no plan and the roadmap open now; from the open one, as before', async () => {
    const other = await start();
    ok(await env.call('roadmaps:switch', { id: other }));
    // A change count the open roadmap does not have: without the roadmap in the request, main would send its plan.
    const stale = await fromPage('builtin', 'app:sync', { revision: 0, changes: 12_345, roadmapId: 'builtin' });
    expect(stale.ok).toBe(true);
    expect(stale.data).toMatchObject({ plan: null, notices: [], roadmapId: other });
    const current = await fromPage(other, 'app:sync', { revision: 0, roadmapId: other });
    expect(current.data).toMatchObject({ roadmapId: other });
  });

  it('a change racing the switch lands in the roadmap the tab shows, or is refused — never in the other one', async () => {
    const other = await start();
    const otherPlan = (p: Record<string, string>) => Object.entries(p).find(([path]) => path.includes(other))![1];
    // The change is sent 0–80 ms after the switch: before it, while main holds calls back for it, and after it.
    const delays = [0, 5, 10, 20, 40, 80];
    for (let i = 0; i < delays.length; i++) {
      const name = `Race ${i}`;
      const from = i % 2 === 0 ? 'builtin' : other;
      const to = from === 'builtin' ? other : 'builtin';
      const later = new Promise((resolve) => setTimeout(resolve, delays[i]));
      const [, write] = await Promise.all([fromPage(from, 'roadmaps:switch', { id: to }), later.then(() => fromPage(from, 'settings:update', rename(name)))]);
      const after = await plans();
      // Whatever came first, the roadmap the tab did not show never holds the stale tab's text.
      const notShown = to === other ? otherPlan(after) : after[join(env.dataDir, 'planner.json')]!;
      expect(notShown).not.toContain(name);
      if (!write.ok) expect(write.error).toEqual({ code: 'conflict', message: ROADMAP_MOVED_MESSAGE });
    }
  });

  it('a header that is not a roadmap id is refused before anything runs', async () => {
    await start();
    const before = await plans();
    const reply = await fromPage('../not an id', 'settings:update', rename('Never'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'The request named no readable roadmap.' } });
    expect(await plans()).toEqual(before);
  });
});

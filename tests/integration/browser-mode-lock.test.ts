import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { startBrowserApp, type BrowserApp } from '../../src/server/browser-app';
import { tokenCookieName } from '../../src/server/request-guard';

const started: BrowserApp[] = [];
afterEach(async () => {
  for (const app of started.splice(0).reverse()) await app.stop();
});

async function post(app: BrowserApp, channel: string, body: unknown) {
  const { origin, port } = new URL(app.server.origin);
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie: `${tokenCookieName(Number(port))}=${app.server.token}` },
    body: JSON.stringify(body),
  });
  return response.json() as Promise<{ ok: boolean; data?: any; error?: { code: string; message: string } }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A second `npm start -- --browser` in its own process (in one process a new store supersedes the old, by design). */
async function startOtherProcess(dataDir: string) {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--browser', '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  for (let i = 0; i < 1200 && !/at (http:\S+)/.test(output) && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
  const url = /at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)?.[1];
  if (!url) throw new Error(`the second server did not start:\n${output}`);
  const { origin, port, searchParams } = new URL(url);
  const post = async (channel: string, body: unknown) =>
    (await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie: `${tokenCookieName(Number(port))}=${searchParams.get('token')}` },
      body: JSON.stringify(body),
    })).json() as Promise<{ ok: boolean; data?: any; error?: { code: string } }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { post, stop, output: () => output };
}

describe('browser mode: one writer per data folder', () => {
  it('a second server on the same folder is read-only, says so, and cannot overwrite the first one’s changes', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-two-servers-'));
    const first = await startBrowserApp({ dataDir, clock: fixedClock('2026-03-02'), openBrowser: false, log: () => undefined });
    started.push(first);
    const second = await startOtherProcess(dataDir);
    try {
      const boot = await post(first, 'app:boot', {});
      expect(boot.data.notices).toEqual([]);
      expect(second.output()).toMatch(/Read-only: Another Prep Planner is using this data folder/);
      const secondBoot = await second.post('app:boot', {});
      expect(secondBoot.data.notices).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'read-only-other-instance' })]));
      expect(await second.post('settings:update', { patch: { profile: { name: 'Second', headline: '', links: [] } } })).toMatchObject({ ok: false, error: { code: 'read-only' } });
      expect(await post(first, 'settings:update', { patch: { profile: { name: 'First', headline: '', links: [] } } })).toMatchObject({ ok: true });
      await first.services.store.flush();
      expect(JSON.parse(await readFile(join(dataDir, PLAN_FILE), 'utf8')).settings.profile.name).toBe('First');
    } finally {
      await second.stop();
    }
  }, 120_000);
});

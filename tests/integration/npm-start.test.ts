import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { tokenCookieName } from '../../src/server/request-guard';

/** `npm start`'s own script after the build, as a child process on a temp data folder. */
function startScript(args: string[]) {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-open', ...args], {
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp) => {
    for (let i = 0; i < 1200 && !pattern.test(output); i++) {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const match = pattern.exec(output);
    if (!match) throw new Error(`never printed ${pattern}:\n${output}`);
    return match;
  };
  return { child, exited, waitFor, output: () => output };
}

const rename = (name: string) => JSON.stringify({ patch: { profile: { name, headline: '', links: [] } } });

async function callApi(url: string, body: string) {
  const { origin, port, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/settings:update`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie: `${tokenCookieName(Number(port))}=${searchParams.get('token')}` },
    body,
  });
  return response.json() as Promise<{ ok: boolean }>;
}

const stopped = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

describe('npm start without Electron', () => {
  it('says it chose browser mode and why, prints the URL, and on Ctrl+C stops only after the last change is on disk', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-npm-start-'));
    const run = startScript(['--data-dir', dataDir]);
    try {
      await run.waitFor(/Prep Planner is running in your browser at (\S+)/);
      expect(run.output()).toMatch(/^Mode: browser, because the desktop app cannot run here: Electron's runtime is not installed \(its download is turned off \(ELECTRON_SKIP_BINARY_DOWNLOAD\)\)\.$/m);
      const url = (await run.waitFor(/running in your browser at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/))[1]!;
      // A burst: the first change is written at once, the last waits for the write spacing.
      for (const name of ['One', 'Two', 'Three']) expect(await callApi(url, rename(name))).toMatchObject({ ok: true });
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
      expect(run.output()).toContain('Stopped. Your plan is saved.');
      expect(JSON.parse(await readFile(join(dataDir, PLAN_FILE), 'utf8')).settings.profile.name).toBe('Three');
    } finally {
      if (!stopped(run.child)) run.child.kill('SIGKILL');
    }
  }, 120_000);

  it('refuses to serve on anything but loopback, in plain words', async () => {
    const run = startScript(['--browser', '--host', '0.0.0.0', '--data-dir', await mkdtemp(join(tmpdir(), 'pp-npm-host-'))]);
    try {
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain('Mode: browser (asked for with --browser).');
      expect(run.output()).toContain("Prep Planner could not start in the browser: Prep Planner's server listens only on this machine (127.0.0.1); refusing to listen on 0.0.0.0.");
      expect(run.output()).not.toMatch(/\n\s+at /);
    } finally {
      if (!stopped(run.child)) run.child.kill('SIGKILL');
    }
  }, 120_000);
});

import { Agent, request } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { BODY_LIMIT_BYTES, CLOSE_GRACE_MS, startHttpServer, type RunningServer } from '../../src/server/http-server';
import { tokenCookieName } from '../../src/server/request-guard';
import { startTestServices } from '../support/test-services';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP call, so tests can send what a browser never would (a foreign Host, a huge body). */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, setHost: !options.headers?.host }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let env: Awaited<ReturnType<typeof startTestServices>>;
let server: RunningServer;
let cookie: string;
const rename = (name: string) => JSON.stringify({ patch: { profile: { name, headline: '', links: [] } } });

/** Headers of a well-formed call from the app's own page. */
const fromPage = (extra: Record<string, string> = {}) => ({
  host: `127.0.0.1:${server.port}`,
  origin: `http://127.0.0.1:${server.port}`,
  'sec-fetch-site': 'same-origin',
  'content-type': 'application/json',
  cookie,
  ...extra,
});
const call = (channel: string, body: string, headers = fromPage()) => send(server.port, { method: 'POST', path: `/api/${channel}`, headers, body });
const planOnDisk = () => readFile(join(env.dataDir, PLAN_FILE), 'utf8');

beforeEach(async () => {
  env = await startTestServices({ prefix: 'http' });
  const rendererDir = await mkdtemp(join(tmpdir(), 'pp-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Prep Planner</title>');
  server = await startHttpServer({ handlers: env.handlers, rendererDir });
  cookie = `${tokenCookieName(server.port)}=${server.token}`;
  // Make sure the file exists before the refused calls, so "nothing changed" compares real bytes.
  expect((await call('settings:update', rename('Before'))).status).toBe(200);
  await env.store.flush();
});
afterEach(async () => {
  await server.close();
  await env.store.flush();
});

describe('browser-mode server: the contract over HTTP', () => {
  it('answers a call from its own page through dispatch, with the same Result as IPC', async () => {
    const reply = await call('settings:update', rename('Ada'));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { settings: { profile: { name: 'Ada' } } } });
    expect(env.store.plan.settings.profile.name).toBe('Ada');
    // Same zod validation and the same refusals as IPC.
    expect(JSON.parse((await call('settings:update', JSON.stringify({ patch: { startDate: '2026-01-01' } }))).body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.parse((await call('shell:run-command', '{}')).body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(JSON.parse((await call('plan:get', 'not json')).body)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'The request was not valid JSON.' } });
  });

  it('sends the desktop page\'s strict CSP and no CORS headers, and never answers a preflight', async () => {
    const page = await send(server.port, { path: '/', headers: { host: `127.0.0.1:${server.port}`, cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const preflight = await send(server.port, { method: 'OPTIONS', path: '/api/plan:get', headers: { host: `127.0.0.1:${server.port}`, origin: 'http://evil.test', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    for (const reply of [page, preflight, await call('plan:get', '{}')]) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('trades the token in the opened address for an HttpOnly SameSite=Strict cookie, and refuses the page without it', async () => {
    const opened = await send(server.port, { path: `/?token=${server.token}`, headers: { host: `127.0.0.1:${server.port}` } });
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/');
    expect(opened.headers['set-cookie']).toEqual([`${tokenCookieName(server.port)}=${server.token}; Path=/; HttpOnly; SameSite=Strict`]);
    const guessed = await send(server.port, { path: '/?token=guess', headers: { host: `127.0.0.1:${server.port}` } });
    expect(guessed.status).toBe(401);
    expect(guessed.body).toContain('needs the link that <code>npm start</code> printed');
    expect((await send(server.port, { path: '/../package.json', headers: { host: `127.0.0.1:${server.port}` } })).status).toBe(404);
  });
});

describe('browser-mode server: refusals change nothing', () => {
  const refused: Array<[string, () => Promise<Reply>, number]> = [
    ['no token', () => call('settings:update', rename('Mallory'), fromPage({ cookie: '' })), 401],
    ['a wrong token', () => call('settings:update', rename('Mallory'), fromPage({ cookie: `${tokenCookieName(server.port)}=x${server.token.slice(1)}` })), 401],
    ['a token for another port', () => call('settings:update', rename('Mallory'), fromPage({ cookie: `${tokenCookieName(server.port + 1)}=${server.token}` })), 401],
    ['a wrong Origin', () => call('settings:update', rename('Mallory'), fromPage({ origin: 'http://evil.test' })), 403],
    ['another port as Origin', () => call('settings:update', rename('Mallory'), fromPage({ origin: `http://127.0.0.1:${server.port + 1}` })), 403],
    ['a cross-site fetch', () => call('settings:update', rename('Mallory'), fromPage({ 'sec-fetch-site': 'cross-site' })), 403],
    ['a foreign Host (DNS rebinding)', () => call('settings:update', rename('Mallory'), fromPage({ host: `evil.test:${server.port}` })), 421],
    ['a form post (not JSON)', () => call('settings:update', rename('Mallory'), fromPage({ 'content-type': 'text/plain' })), 415],
    ['an oversized body', () => call('settings:update', JSON.stringify({ patch: { profile: { name: 'M'.repeat(BODY_LIMIT_BYTES), headline: '', links: [] } } })), 413],
  ];
  it.each(refused)('refuses a call with %s', async (_what, attempt, status) => {
    const before = await planOnDisk();
    const reply = await attempt();
    expect(reply.status).toBe(status);
    // Who may call is "forbidden"; what was sent (its type, its size) is "invalid-input".
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: status === 413 || status === 415 ? 'invalid-input' : 'forbidden' } });
    await env.store.flush();
    expect(env.store.plan.settings.profile.name).toBe('Before');
    expect(await planOnDisk()).toBe(before);
  });

  it('refuses the page itself at a foreign Host', async () => {
    const reply = await send(server.port, { path: '/', headers: { host: 'evil.test', cookie } });
    expect(reply.status).toBe(421);
  });
});

describe('browser-mode server: loopback only', () => {
  it('says in plain words when the asked-for port is taken', async () => {
    const taken = startHttpServer({ handlers: env.handlers, rendererDir: tmpdir(), port: server.port });
    await expect(taken).rejects.toThrow(`Port ${server.port} is already used by another program. Start again with another --port, or without --port to use any free one.`);
  });

  it.each(['0.0.0.0', '::', '192.168.1.10', 'localhost', 'example.com'])('refuses to listen on %s', async (host) => {
    await expect(startHttpServer({ handlers: env.handlers, rendererDir: tmpdir(), host })).rejects.toThrow(`refusing to listen on ${host}`);
  });

  it('listens on 127.0.0.1 at a free port by default', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });
});

describe('browser-mode server: stopping', () => {
  it('close() finishes while the page keeps calling, even with a call in flight when it was asked to close', async () => {
    // app:sync answers only when let go, so a call is surely in flight at close().
    let letGo: () => void = () => undefined;
    const gate = new Promise<void>((go) => (letGo = go));
    let arrived: () => void = () => undefined;
    const inFlight = new Promise<void>((go) => (arrived = go));
    const handlers = {
      ...env.handlers,
      'app:sync': async (request: { revision: number }) => {
        arrived();
        await gate;
        return env.handlers['app:sync'](request);
      },
    };
    const slow = await startHttpServer({ handlers, rendererDir: tmpdir() });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const headers = { ...fromPage({ cookie: `${tokenCookieName(slow.port)}=${slow.token}` }), host: `127.0.0.1:${slow.port}`, origin: `http://127.0.0.1:${slow.port}` };
    let polling = true;
    let answered = 0;
    // The page's app:sync poll over one kept-alive connection, as a browser tab does, until refused.
    const poll = async () => {
      while (polling) {
        const ok = await new Promise<boolean>((resolve) => {
          const req = request({ host: '127.0.0.1', port: slow.port, method: 'POST', path: '/api/app:sync', headers, agent }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode === 200));
          });
          req.on('error', () => resolve(false));
          req.end(JSON.stringify({ revision: 0 }));
        });
        if (!ok) return;
        answered++;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const polled = poll();
    await inFlight;
    const closed = slow.close();
    letGo();
    // A ceiling that turns a hang into a plain failure (not a timing assertion).
    const verdict = await Promise.race([closed.then(() => 'closed'), new Promise((r) => setTimeout(() => r('still open after 15 s'), 15_000))]);
    polling = false;
    await polled;
    agent.destroy();
    expect(verdict).toBe('closed');
    expect(answered).toBeGreaterThanOrEqual(1);
  });

  it('close() finishes when a call never gets its answer: after the grace period its socket is cut (full run of 2026-11-30 11:46: "closing the local server did not finish within 60 s")', async () => {
    let arrived: () => void = () => undefined;
    const inFlight = new Promise<void>((go) => (arrived = go));
    const handlers = {
      ...env.handlers,
      'app:sync': async () => {
        arrived();
        return new Promise<never>(() => undefined); // never answers
      },
    };
    const stuck = await startHttpServer({ handlers, rendererDir: tmpdir() });
    const headers = { ...fromPage({ cookie: `${tokenCookieName(stuck.port)}=${stuck.token}` }), host: `127.0.0.1:${stuck.port}`, origin: `http://127.0.0.1:${stuck.port}` };
    const call = new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: stuck.port, method: 'POST', path: '/api/app:sync', headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(`answered ${res.statusCode}`));
      });
      req.on('error', () => resolve('cut'));
      req.end(JSON.stringify({ revision: 0 }));
    });
    await inFlight;
    // A ceiling that turns a hang into a plain failure (not a timing assertion).
    const verdict = await Promise.race([stuck.close().then(() => 'closed'), new Promise((r) => setTimeout(() => r(`still open after ${CLOSE_GRACE_MS + 15_000} ms`), CLOSE_GRACE_MS + 15_000))]);
    expect(verdict).toBe('closed');
    expect(await call).toBe('cut');
  });
});

import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openWithOs } from '../../src/server/browser-shell';
import { isLoopbackAddress, refuseApiCall, refusePageRequest, type RequestFacts } from '../../src/server/request-guard';
import { parseServeArgs } from '../../src/server/serve-args';
import { desktopUserDataDir } from '../../src/server/user-data-dir';
import { createHttpApi } from '../../src/renderer/src/http-api';
import { unwrap } from '../../src/renderer/src/api';
import { createApi, isResultShape } from '../../src/shared/ipc/bridge';

const PORT = 4321;
const TOKEN = 'secret-token';
const good: RequestFacts = { method: 'POST', host: `127.0.0.1:${PORT}`, origin: `http://127.0.0.1:${PORT}`, fetchSite: 'same-origin', contentType: 'application/json', token: TOKEN };
const refusedWith = (over: Partial<RequestFacts>) => refuseApiCall({ ...good, ...over }, { port: PORT, token: TOKEN })?.status ?? 'allowed';

describe('request guard', () => {
  it('lets the app page (or a script with the token and no Origin) through', () => {
    expect(refusedWith({})).toBe('allowed');
    expect(refusedWith({ host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` })).toBe('allowed');
    expect(refusedWith({ origin: undefined, fetchSite: undefined })).toBe('allowed');
    expect(refusedWith({ contentType: 'application/json; charset=utf-8' })).toBe('allowed');
  });

  it.each<[string, Partial<RequestFacts>, number]>([
    ['no token', { token: undefined }, 401],
    ['a token one character off', { token: 'secret-tokem' }, 401],
    ['a longer token', { token: `${TOKEN}x` }, 401],
    ['a foreign Host', { host: `evil.test:${PORT}` }, 421],
    ['our address on another port', { host: `127.0.0.1:${PORT + 1}` }, 421],
    ['no Host', { host: undefined }, 421],
    ['another site as Origin', { origin: 'http://evil.test' }, 403],
    ['https with our host as Origin', { origin: `https://127.0.0.1:${PORT}` }, 403],
    ['the null Origin (sandboxed frame, file://)', { origin: 'null' }, 403],
    ['a same-site but not same-origin fetch', { fetchSite: 'same-site' }, 403],
    ['a GET', { method: 'GET' }, 405],
    ['a form post', { contentType: 'application/x-www-form-urlencoded' }, 415],
    ['text/plain', { contentType: 'text/plain' }, 415],
  ])('refuses %s', (_what, over, status) => {
    expect(refusedWith(over)).toBe(status);
  });

  it('answers pages only at its own address, and only to GET/HEAD', () => {
    expect(refusePageRequest({ method: 'GET', host: `127.0.0.1:${PORT}` }, PORT)).toBeNull();
    expect(refusePageRequest({ method: 'GET', host: 'attacker.example' }, PORT)?.status).toBe(421);
    expect(refusePageRequest({ method: 'POST', host: `127.0.0.1:${PORT}` }, PORT)?.status).toBe(405);
  });

  it.each([['127.0.0.1', true], ['127.3.2.1', true], ['::1', true], ['0.0.0.0', false], ['::', false], ['10.0.0.2', false], ['localhost', false]])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackAddress(host)).toBe(loopback);
  });
});

describe('serve options', () => {
  it('reads --port, --data-dir, --no-open and ignores --browser', () => {
    expect(parseServeArgs(['--browser', '--port', '8123', '--data-dir=/tmp/d', '--no-open'], {})).toEqual({ port: 8123, dataDir: '/tmp/d', open: false });
    expect(parseServeArgs([], {})).toEqual({ open: true });
    expect(parseServeArgs([], { PREP_PLANNER_NO_OPEN: '1' })).toEqual({ open: false });
  });
  it.each([[['--port', 'eighty']], [['--port', '70000']], [['--port']], [['--data-dir']], [['--frobnicate']]])('explains a bad option %j', (argv) => {
    expect(parseServeArgs(argv, {})).toEqual({ error: expect.stringContaining('Usage: npm run serve') });
  });
});

describe("Electron's data folder, found without Electron", () => {
  it('matches app.getPath("userData") on each OS', () => {
    expect(desktopUserDataDir({}, 'linux', '/home/ada')).toBe('/home/ada/.config/Prep Planner');
    expect(desktopUserDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ada')).toBe('/xdg/Prep Planner');
    expect(desktopUserDataDir({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Application Support/Prep Planner');
    expect(desktopUserDataDir({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ada')).toMatch(/Roaming[\\/]Prep Planner$/);
  });
});

describe('opening with the OS', () => {
  it("reports an opener that fails (no desktop) instead of pretending, and '' when it works", async () => {
    expect(await openWithOs(async () => spawn(process.execPath, ['-e', 'process.exit(3)']), '/tmp')).toMatch(/no program to show it/);
    expect(await openWithOs(async () => spawn(process.execPath, ['-e', '']), '/tmp')).toBe('');
    expect(await openWithOs(async () => spawn('/nonexistent/xdg-open', []), '/tmp')).toMatch(/no program to open it was found/);
    expect(await openWithOs(async () => Promise.reject(new Error('spawn failed')), '/tmp')).toMatch(/no program to open it was found \(spawn failed\)/);
  });
});

describe('renderer HTTP transport', () => {
  it('posts contract calls as JSON to /api/<channel> and returns the server Result', async () => {
    const calls: Array<[string, RequestInit]> = [];
    const api = createHttpApi((async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return new Response(JSON.stringify({ ok: true, data: { opened: true } }));
    }) as typeof fetch);
    expect(await api.invoke('shell:open-external', { url: 'https://example.com' })).toEqual({ ok: true, data: { opened: true } });
    expect(calls).toEqual([['/api/shell%3Aopen-external', expect.objectContaining({ method: 'POST', body: '{"url":"https://example.com"}', credentials: 'same-origin' })]]);
  });
  it('turns a stopped server or an unreadable reply into a Result with a plain message, and never sends unknown channels', async () => {
    const down = createHttpApi((async () => Promise.reject(new TypeError('fetch failed'))) as typeof fetch);
    expect(await down.invoke('plan:get', {})).toMatchObject({ ok: false, error: { code: 'io-error', message: expect.stringContaining('not answering') } });
    const garbled = createHttpApi((async () => new Response('<html>', { status: 502 })) as typeof fetch);
    expect(await garbled.invoke('plan:get', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('502') } });
    let sent = 0;
    const counting = createHttpApi((async () => (sent++, new Response('{}'))) as typeof fetch);
    expect(await counting.invoke('shell:run' as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(sent).toBe(0);
  });
  it('a reply without a Result\'s shape (a 500 with {}) gets the same plain message as any unreadable reply, not a raw TypeError (check5-s8 N2)', async () => {
    const plain = 'The local server answered 500 without a readable reply.';
    for (const body of ['{}', '{"ok":false}', '{"ok":false,"error":{}}', '{"ok":false,"error":{"code":"io-error"}}', 'null', '[]', '"text"']) {
      const api = createHttpApi((async () => new Response(body, { status: 500 })) as typeof fetch);
      const reply = await api.invoke('board:move-project', { projectId: 'p', toColumnId: 'c', toIndex: 0 } as never);
      expect(reply, body).toEqual({ ok: false, error: { code: 'internal', message: plain } });
      // What the page does with it: ApiError carries the plain words (this was "Cannot read properties of undefined").
      expect(() => unwrap(reply), body).toThrow(plain);
    }
    const notJson = createHttpApi((async () => new Response('<html>', { status: 500 })) as typeof fetch);
    expect(await notJson.invoke('plan:get', {})).toEqual({ ok: false, error: { code: 'internal', message: plain } });
    // A Result keeps passing through, including ok:true whose undefined data JSON dropped.
    const done = createHttpApi((async () => new Response('{"ok":true}')) as typeof fetch);
    expect(await done.invoke('plan:get', {})).toEqual({ ok: true });
    const refused = createHttpApi((async () => new Response('{"ok":false,"error":{"code":"conflict","message":"Changed elsewhere."}}', { status: 409 })) as typeof fetch);
    expect(await refused.invoke('plan:get', {})).toEqual({ ok: false, error: { code: 'conflict', message: 'Changed elsewhere.' } });
  });
  it('the shared bridge (Electron IPC, the harness binding) also turns a shapeless reply into plain words', async () => {
    for (const raw of [{}, undefined, null, { ok: false }, { ok: 'yes' }]) {
      const api = createApi(async () => raw);
      expect(await api.invoke('plan:get', {}), JSON.stringify(raw)).toEqual({ ok: false, error: { code: 'internal', message: 'Prep Planner answered without a readable reply.' } });
    }
    expect(isResultShape({ ok: true, data: 1 })).toBe(true);
    expect(isResultShape({ ok: false, error: { code: 'not-found', message: 'No such project.' } })).toBe(true);
  });
});

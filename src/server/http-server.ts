import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import getRawBody from 'raw-body';
import serveStatic from 'serve-static';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import type { Result } from '@shared/ipc/result';
import { PAGE_ROADMAP_HEADER, readPageRoadmap } from '@shared/ipc/page-roadmap';
import { callingPage } from '../main/core/roadmaps/calling-page';
import { dispatch } from '../main/handlers/dispatch';
import type { Handlers } from '../main/handlers';
import { isLoopbackAddress, LOOPBACK_HOST, refuseApiCall, refusePageRequest, sameToken, tokenCookieName, type Refusal } from './request-guard';
import { replyBody } from './reply-json';
import { signInPage } from './sign-in-page';

/**
 * Largest request body accepted, in bytes. The biggest real calls are a note at its limit
 * (TEXT_LIMITS: 100,000 characters, up to ~600 kB as JSON when every character is escaped) and an
 * undo that puts back every project's notes at once: 8 MiB holds both, and still refuses a flood.
 */
export const BODY_LIMIT_BYTES = 8 * 1024 * 1024;
export const API_PREFIX = '/api/';

/** How long close() lets calls in flight finish before it cuts their sockets, ms. */
export const CLOSE_GRACE_MS = 3000;

export interface HttpServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Must be a loopback address; anything else is refused before a socket is opened. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 32 random bytes, base64url. */
  token?: string;
  bodyLimit?: number;
  onInternalError?(channel: string, error: unknown): void;
  /** Tests check replies against the contract too, as the E2E harness does over its binding. */
  validateReplies?: boolean;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT/ */
  origin: string;
  /** The address to open: origin plus the run's token, which the page trades for a cookie. */
  url: string;
  port: number;
  token: string;
  /** Stops accepting, lets calls in progress answer, then resolves. */
  close(): Promise<void>;
}

/** Sent with every reply of browser mode's server (the benchmark's reference page sends the same, to be comparable). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** `body` is the reply already serialised (replyBody), or a Result to serialise here. */
function sendJson(res: ServerResponse, status: number, body: Result<unknown> | Buffer): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

const refusal = (res: ServerResponse, r: Refusal) =>
  sendJson(res, r.status, { ok: false, error: { code: r.status === 413 || r.status === 415 || r.status === 400 ? 'invalid-input' : 'forbidden', message: r.message } });

/**
 * The local server of browser mode: the built page, and `POST /api/<channel>` with the call's
 * request as JSON, answered through the same `dispatch` (contract validation, Result replies) as
 * Electron's IPC. Security rules are in request-guard.ts; this file only applies them.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const host = options.host ?? LOOPBACK_HOST;
  if (!isLoopbackAddress(host)) {
    throw new Error(`Prep Planner's server listens only on this machine (127.0.0.1); refusing to listen on ${host}.`);
  }
  const token = options.token ?? randomBytes(32).toString('base64url');
  const bodyLimit = options.bodyLimit ?? BODY_LIMIT_BYTES;
  const assets = serveStatic(options.rendererDir, { index: false, dotfiles: 'deny', fallthrough: true, redirect: false });
  let port = 0;

  const tokenOf = (req: IncomingMessage): string | undefined =>
    parseCookies(header(req, 'cookie') ?? '')[tokenCookieName(port)] ?? header(req, 'x-prep-planner-token');

  async function api(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    const refused = refuseApiCall(
      { method: req.method ?? '', host: header(req, 'host'), origin: header(req, 'origin'), fetchSite: header(req, 'sec-fetch-site'), contentType: header(req, 'content-type'), token: tokenOf(req) },
      { port, token },
    );
    if (refused) {
      req.resume();
      return refusal(res, refused);
    }
    let payload: unknown;
    try {
      const text = await getRawBody(req, { limit: bodyLimit, length: header(req, 'content-length'), encoding: 'utf8' });
      payload = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      const tooLarge = (error as { type?: string }).type === 'entity.too.large';
      if (tooLarge) res.setHeader('Connection', 'close');
      return refusal(res, tooLarge ? { status: 413, message: `The request is larger than ${bodyLimit} bytes and was refused.` } : { status: 400, message: 'The request was not valid JSON.' });
    }
    const onInternalError = options.onInternalError ?? ((name: string, error: unknown) => console.error(`[server] ${name} failed`, error));
    // The roadmap the page booted on: the session refuses a call about one no longer open (page-roadmap.ts).
    const pageRoadmap = readPageRoadmap(header(req, PAGE_ROADMAP_HEADER));
    if (pageRoadmap === null) return refusal(res, { status: 400, message: 'The request named no readable roadmap.' });
    const run = () => dispatch(options.handlers, channel, payload, { onInternalError, validateReplies: options.validateReplies ?? false });
    const result = pageRoadmap === undefined ? await run() : await callingPage.run(pageRoadmap, run);
    sendJson(res, 200, replyBody(channel, result));
  }

  function page(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const refused = refusePageRequest({ method: req.method ?? '', host: header(req, 'host') }, port);
    if (refused) {
      res.writeHead(refused.status, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end(refused.message);
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const offered = url.searchParams.get('token') ?? undefined;
      if (offered !== undefined && sameToken(token, offered)) {
        // Trade the token in the address for a cookie and drop it from the address bar and history.
        res.writeHead(303, {
          'Set-Cookie': serializeCookie(tokenCookieName(port), token, { httpOnly: true, sameSite: 'strict', path: '/' }),
          Location: '/',
          'Cache-Control': 'no-store',
        });
        return void res.end();
      }
      if (!sameToken(token, tokenOf(req))) {
        res.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        return void res.end(signInPage());
      }
      req.url = '/index.html';
      res.setHeader('Cache-Control', 'no-store');
    }
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
  }

  // Replies not yet finished, and whether close() was called: see close() below.
  const unfinished = new Set<ServerResponse>();
  let closing = false;
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (closing) res.setHeader('Connection', 'close');
    unfinished.add(res);
    res.once('close', () => unfinished.delete(res));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(API_PREFIX)) {
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      } catch {
        channel = '';
      }
      api(req, res, channel).catch((error: unknown) => {
        options.onInternalError?.(channel, error);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'The server could not answer this call.' } });
      });
      return;
    }
    page(req, res, url);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options.port ?? 0)));
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  // The page asks for app:boot first thing: pack and serialise the plan now, while the browser
  // starts, so the first page load finds it ready (reply-json.ts; a read, nothing is changed).
  setImmediate(() => void dispatch(options.handlers, 'app:boot', {}, { onInternalError: () => undefined }).then((result) => replyBody('app:boot', result), () => undefined));
  const origin = `http://${LOOPBACK_HOST}:${port}/`;
  return {
    origin,
    url: `${origin}?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        // A call whose handler never answers (one waiting on services being stopped beside the
        // server) would hold close() open for ever: after a grace period its socket is cut. Its
        // work in main goes on; only the reply, to a page that is going away anyway, is lost.
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Idle keep-alive sockets from the browser would hold close() open; calls in flight still finish.
        server.closeIdleConnections();
        // A call in flight now would leave its socket kept alive after its reply, and a page that
        // keeps calling (app:sync every 2 s, under the 5 s keep-alive timeout) would then hold
        // close() open for ever: each such reply says "Connection: close" and its socket ends.
        for (const res of unfinished) {
          if (!res.headersSent) res.setHeader('Connection', 'close');
          else {
            const socket = res.socket;
            res.once('finish', () => socket?.end());
          }
        }
      }),
  };
}

/** A failed `listen` in plain words (the raw `listen EADDRINUSE …` means nothing to most people). */
function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') return new Error(`Port ${port} is already used by another program. Start again with another --port, or without --port to use any free one.`);
  if (error.code === 'EACCES') return new Error(`This system does not let Prep Planner listen on port ${port} (ports below 1024 need special rights). Choose a port from 1024 to 65535, or leave out --port.`);
  return new Error(`Prep Planner's server could not start: ${error.message}`);
}

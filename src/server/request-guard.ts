import { timingSafeEqual } from 'node:crypto';

/**
 * The decisions that keep the local server private to the person who started it, as pure
 * functions so tests cover each refusal without sockets. They follow the usual defences for
 * local web apps (Jupyter's token + Host allow-list, Vite's DNS-rebinding check): a secret per
 * run, the exact Host the server was reached at, and same-origin calls only.
 */

/** The only address the server listens on: reachable from this machine alone. */
export const LOOPBACK_HOST = '127.0.0.1';

/** True for addresses that only this machine can reach. `localhost` may resolve elsewhere, so names are not accepted. */
export function isLoopbackAddress(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Host header values a request may carry: the loopback address (or `localhost`) with our port. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Names of the cookie that carries the token: per port, since cookies ignore ports and two servers may run. */
export const tokenCookieName = (port: number) => `prep_planner_token_${port}`;

export const sameToken = (expected: string, given: string | undefined): boolean => {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
};

export interface Refusal {
  status: number;
  message: string;
}

export interface RequestFacts {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  /** Sec-Fetch-Site, sent by current browsers: 'same-origin', 'same-site', 'cross-site' or 'none'. */
  fetchSite: string | undefined;
  contentType: string | undefined;
  /** The token from the cookie (or the X-Prep-Planner-Token header for scripts). */
  token: string | undefined;
}

/**
 * Whether an API call may reach `dispatch`. Order matters only for the message: every check must
 * pass. A missing Origin is allowed (non-browser clients send none, and still need the token), a
 * present one must be ours; `application/json` is required so a cross-site form or simple request
 * cannot even be shaped like a call.
 */
export function refuseApiCall(facts: RequestFacts, expected: { port: number; token: string }): Refusal | null {
  if (!facts.host || !allowedHosts(expected.port).includes(facts.host.toLowerCase())) {
    return { status: 421, message: 'This server answers only at its own local address.' };
  }
  if (facts.origin !== undefined && !allowedHosts(expected.port).some((h) => facts.origin === `http://${h}`)) {
    return { status: 403, message: 'Calls from other sites are refused.' };
  }
  if (facts.fetchSite !== undefined && facts.fetchSite !== 'same-origin') {
    return { status: 403, message: 'Calls from other sites are refused.' };
  }
  if (facts.method !== 'POST') return { status: 405, message: 'Use POST.' };
  if (!facts.contentType || !/^application\/json(\s*;|$)/i.test(facts.contentType)) {
    return { status: 415, message: 'Send JSON (Content-Type: application/json).' };
  }
  if (!sameToken(expected.token, facts.token)) {
    return { status: 401, message: 'This page is not signed in to Prep Planner. Open the link printed by npm start.' };
  }
  return null;
}

/** Whether a page or asset request may be answered (Host only: the bundle holds no user data). */
export function refusePageRequest(facts: Pick<RequestFacts, 'host' | 'method'>, port: number): Refusal | null {
  if (!facts.host || !allowedHosts(port).includes(facts.host.toLowerCase())) {
    return { status: 421, message: 'This server answers only at its own local address.' };
  }
  if (facts.method !== 'GET' && facts.method !== 'HEAD') return { status: 405, message: 'Method not allowed.' };
  return null;
}

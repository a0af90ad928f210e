import { createApi, isResultShape, unreadableReply, type PrepPlannerApi } from '@shared/ipc/bridge';
import type { Result } from '@shared/ipc/result';
import { PAGE_ROADMAP_HEADER } from '@shared/ipc/page-roadmap-header';
import { isPageLeaving, noteUnsafeSend } from './autosave/page-leave';

/** The roadmap this page booted on, named in every call once known (shared/ipc/page-roadmap.ts). */
let pageRoadmap: string | null = null;
/** Set by each boot: from then on the server refuses this page's calls about any other roadmap. */
export const setPageRoadmap = (id: string) => void (pageRoadmap = id);

/**
 * Browsers cap the bodies of all keepalive requests in flight at 64 KiB together; a body over this
 * goes as an ordinary request (and page-leave.ts asks the browser to hold the page for it).
 */
export const KEEPALIVE_BODY_BYTES = 60 * 1024;

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'io-error', message: 'Prep Planner’s local server is not answering. Is it still running? Start it again with npm start, then reload this page.' },
};

/**
 * window.api for browser mode: the same contract channels as the preload's, carried by
 * `POST /api/<channel>` to the local server, which answers through the same dispatch. The run's
 * token travels in a SameSite=Strict, HttpOnly cookie the server set when the page was opened, so
 * this code never sees it. Server refusals arrive as Results like any other failure.
 */
export function createHttpApi(fetchImpl: typeof fetch = fetch): PrepPlannerApi {
  return createApi(async (channel, request) => {
    let response: Response;
    const body = JSON.stringify(request ?? {});
    // While the page goes away (tab closed, reload, hidden), a save must outlive it: keepalive.
    let keepalive = false;
    if (isPageLeaving()) {
      keepalive = new TextEncoder().encode(body).length <= KEEPALIVE_BODY_BYTES;
      if (!keepalive) noteUnsafeSend();
    }
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(pageRoadmap !== null ? { [PAGE_ROADMAP_HEADER]: pageRoadmap } : {}) },
        body,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(keepalive ? { keepalive } : {}),
      });
    } catch {
      return unreachable;
    }
    // Not JSON, or JSON without a Result's shape (a 500 with `{}`): the same plain words either way.
    const unreadable = unreadableReply(`The local server answered ${response.status}`) as Result<unknown>;
    try {
      const reply: unknown = await response.json();
      return isResultShape(reply) ? reply : unreadable;
    } catch {
      return unreadable;
    }
  });
}

/**
 * Picks the transport once, before React starts: Electron's preload (and the E2E harness) define
 * window.api; a page served by the local server finds none and talks HTTP instead.
 */
export function installApiTransport(): void {
  if ((window as { api?: PrepPlannerApi }).api) return;
  Object.defineProperty(window, 'api', { value: createHttpApi(), enumerable: true });
}

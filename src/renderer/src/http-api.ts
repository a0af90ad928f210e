import { createApi, type PrepPlannerApi } from '@shared/ipc/bridge';
import type { Result } from '@shared/ipc/result';

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
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return unreachable;
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The local server answered ${response.status} without a readable reply.` } };
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

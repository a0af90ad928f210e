import type { ChannelName } from './channel-names';
import { RoadmapIdSchema } from './channels/roadmaps';

/*
 * Several browser tabs can show one local server (browser mode). When one tab switches roadmaps,
 * main serves the other roadmap from then on, but a second tab still shows the old one: its board,
 * curriculum and ids. A change it sent would land in the other roadmap's plan (check5 s8, N1). So
 * every call a browser-mode page makes names the roadmap the page booted on, in this header, and
 * the server refuses a call about a roadmap that is no longer open; app:sync (which carries the
 * same id in its request) then tells the page to start over on the roadmap open now.
 */

export { PAGE_ROADMAP_HEADER } from './page-roadmap-header';

/**
 * Channels that do not act on the open roadmap's plan, so any page may call them whichever roadmap
 * it shows: booting (the page adopts what it gets), syncing (it says which roadmap it has, see
 * app:sync), today's date, links, and the roadmap list and its switches.
 */
const ANY_ROADMAP: ReadonlySet<ChannelName> = new Set<ChannelName>(['app:boot', 'app:sync', 'app:today', 'shell:open-external', 'roadmaps:list', 'roadmaps:import', 'roadmaps:switch', 'roadmaps:remove']);

/** What a page that still shows another roadmap is told; nothing was changed. */
export const ROADMAP_MOVED_MESSAGE =
  'Another tab or window switched to a different roadmap, so the one shown here is no longer open. Nothing was changed. This tab now opens the roadmap that is open there.';

/**
 * True when a call on `channel` from a page that booted on `pageRoadmap` must be refused because
 * `openRoadmap` is open now (see above). Pages that send no roadmap (Electron's one window, a
 * test's direct call) are never refused.
 */
export function isOtherRoadmapCall(channel: ChannelName, pageRoadmap: string | undefined, openRoadmap: string): boolean {
  return pageRoadmap !== undefined && pageRoadmap !== openRoadmap && !ANY_ROADMAP.has(channel);
}

/** The header's value when it is a roadmap id; undefined when absent; null when it is not an id. */
export function readPageRoadmap(value: string | undefined): string | undefined | null {
  if (value === undefined) return undefined;
  return RoadmapIdSchema.safeParse(value).success ? value : null;
}

import { CHANNEL_NAMES } from '@shared/ipc/channel-names';
import { createAppHandlers } from './app';
import { createBoardHandlers } from './board';
import { createPortfolioHandlers } from './portfolio';
import { createRoadmapHandlers } from './roadmap';
import { createRoadmapsHandlers } from './roadmaps';
import { createScaffoldHandlers } from './scaffold';
import type { HandlerDeps } from './deps';
import type { Handlers } from './types';

/**
 * Joins the per-domain handler groups. A channel claimed twice, or not at all, is a programming
 * error caught at start-up (and by the contract test), never a silent override.
 */
export function mergeHandlerGroups(groups: Array<Partial<Handlers>>): Handlers {
  const merged: Partial<Handlers> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (name in merged) throw new Error(`IPC channel ${name} has two handlers`);
      (merged as Record<string, unknown>)[name] = handler;
    }
  }
  const missing = CHANNEL_NAMES.filter((name) => !(name in merged));
  if (missing.length) throw new Error(`IPC channels without a handler: ${missing.join(', ')}`);
  return merged as Handlers;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return mergeHandlerGroups([
    createAppHandlers(deps),
    createBoardHandlers(deps),
    createRoadmapHandlers(deps),
    createScaffoldHandlers(deps),
    createPortfolioHandlers(deps),
    createRoadmapsHandlers(deps),
  ]);
}

export type { HandlerDeps, Dialogs, DesktopShell } from './deps';
export type { Handlers } from './types';

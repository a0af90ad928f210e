import type { HandlerDeps } from './deps';
import type { Handlers } from './types';

export function createRoadmapHandlers(_deps: HandlerDeps): Partial<Handlers> {
  return {};
}

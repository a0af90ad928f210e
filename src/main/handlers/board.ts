import type { HandlerDeps } from './deps';
import type { Handlers } from './types';

export function createBoardHandlers(_deps: HandlerDeps): Partial<Handlers> {
  return {};
}

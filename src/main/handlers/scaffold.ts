import type { HandlerDeps } from './deps';
import type { Handlers } from './types';

export function createScaffoldHandlers(_deps: HandlerDeps): Partial<Handlers> {
  return {};
}

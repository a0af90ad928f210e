import type { HandlerDeps } from './deps';
import type { Handlers } from './types';

export function createPortfolioHandlers(_deps: HandlerDeps): Partial<Handlers> {
  return {};
}

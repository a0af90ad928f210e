import { createContext, useContext } from 'react';
import type { BoardActions } from './use-board-actions';

/**
 * The board's actions for controls deep inside a card (rename in place, the card menu), so the
 * drag engine's components between them need not pass them along.
 */
export const BoardActionsContext = createContext<BoardActions | null>(null);

export function useBoardActionsContext(): BoardActions | null {
  return useContext(BoardActionsContext);
}

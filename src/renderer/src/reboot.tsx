import { createContext, Fragment, useCallback, useContext, useState, type ReactNode } from 'react';
import { clearHistory } from './features/board/board-history-store';

const RebootContext = createContext<() => void>(() => undefined);

/**
 * Starts the app's state over without reloading the page: everything below is mounted afresh
 * (boot asks main again, every view starts clean) and the board's undo history is dropped. Used
 * after a switch to another roadmap, whose plan the old undo steps do not belong to.
 */
export function RebootProvider({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const reboot = useCallback(() => {
    clearHistory();
    setGeneration((g) => g + 1);
  }, []);
  return (
    <RebootContext.Provider value={reboot}>
      <Fragment key={generation}>{children}</Fragment>
    </RebootContext.Provider>
  );
}

export const useReboot = () => useContext(RebootContext);

import { useEffect } from 'react';
import { isTextEntry } from '../../a11y/text-entry';

interface Handlers {
  onUndo(): void;
  onRedo(): void;
  onHelp(): void;
  onSearch(): void;
}

/**
 * The board's keys (listed in shortcuts.ts): Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl+Y, "?" and "/".
 * None fires while the user types in a field (text fields keep their own undo), nor while a
 * dialog is open.
 */
export function useBoardShortcuts({ onUndo, onRedo, onHelp, onSearch }: Handlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTextEntry(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (event.ctrlKey || event.metaKey) {
        if (key === 'z' && !event.shiftKey) onUndo();
        else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) onRedo();
        else return;
      } else if (event.key === '?') onHelp();
      else if (event.key === '/') onSearch();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onUndo, onRedo, onHelp, onSearch]);
}

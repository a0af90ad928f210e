/**
 * The listener list of a small store kept outside React (toasts, announcements, open dialogs, undo
 * history), read with useSyncExternalStore: `subscribe` is what React passes its listener to (it
 * returns the unsubscribe), `emit` tells every listener the store changed.
 */
export function changeSignal(): { subscribe(listener: () => void): () => void; emit(): void } {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit: () => listeners.forEach((listener) => listener()),
  };
}

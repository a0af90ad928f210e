import { useSyncExternalStore } from 'react';

/**
 * One polite live region for the whole app (rendered by <Announcer/>): undo and redo, filter
 * results, a drop past a work-in-progress limit. Each message gets a fresh id so repeating the
 * same words is spoken again.
 */
export interface Announcement {
  id: number;
  text: string;
}

let current: Announcement = { id: 0, text: '' };
const listeners = new Set<() => void>();

export function announce(text: string): void {
  current = { id: current.id + 1, text };
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export function useAnnouncement(): Announcement {
  return useSyncExternalStore(subscribe, () => current);
}

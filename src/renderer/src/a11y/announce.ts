import { useSyncExternalStore } from 'react';
import { changeSignal } from '../change-signal';

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
const { subscribe, emit } = changeSignal();

export function announce(text: string): void {
  current = { id: current.id + 1, text };
  emit();
}

export function useAnnouncement(): Announcement {
  return useSyncExternalStore(subscribe, () => current);
}

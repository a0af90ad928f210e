import { useSyncExternalStore } from 'react';
import { changeSignal } from '../change-signal';

/**
 * The brief message after a move, archive or delete ("Moved X to Done", with Undo). One at a
 * time: a new one replaces the last. The view that shows it decides how long it stays.
 */
export interface Toast {
  id: number;
  text: string;
  /** The card the message is about, where focus goes when its Undo or Dismiss button goes away. */
  cardId?: string;
}

let current: Toast | null = null;
let nextId = 1;
const { subscribe, emit } = changeSignal();

export function showToast(text: string, cardId?: string): void {
  current = { id: nextId++, text, cardId };
  emit();
}

export function dismissToast(id?: number): void {
  if (current && (id === undefined || current.id === id)) {
    current = null;
    emit();
  }
}

export function useToast(): Toast | null {
  return useSyncExternalStore(subscribe, () => current);
}

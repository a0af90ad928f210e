import { useEffect, useId, useSyncExternalStore } from 'react';
import { changeSignal } from '../change-signal';

/*
 * Which modal dialogs are open, newest last. While one is open the page behind it is inert and
 * dimmed, so the app's message bar (ErrorBar) up there can be neither read nor dismissed: the
 * newest dialog shows the message in its own alert region instead (audit s6 fault 5).
 */
let stack: readonly string[] = [];
const { subscribe, emit } = changeSignal();
const snapshot = () => stack;

/** Registers the calling dialog while it is mounted; true while it is the newest one open. */
export function useModalOnTop(): boolean {
  const id = useId();
  useEffect(() => {
    stack = [...stack, id];
    emit();
    return () => {
      stack = stack.filter((d) => d !== id);
      emit();
    };
  }, [id]);
  const open = useSyncExternalStore(subscribe, snapshot);
  return open[open.length - 1] === id;
}

/** True while any modal dialog is open. */
export function useModalOpen(): boolean {
  return useSyncExternalStore(subscribe, snapshot).length > 0;
}

/*
 * The desktop window never drops typed text unasked (re-check of 2026-11-30, N2). Before it
 * closes, main asks the page to save (close-after-flush.ts); what the page still cannot save
 * (notes over their limit, a "changed in another window" choice not made, a field that saves only
 * on its Save button) makes its beforeunload hold the unload. Electron then emits the webContents'
 * `will-prevent-unload` and, unless main calls `event.preventDefault()`, silently keeps the window
 * open. This turns that into a plain question. Pure logic, tested in Node; index.ts wires it to
 * `dialog.showMessageBoxSync` and the webContents event (Electron's documented pattern for
 * will-prevent-unload).
 */

/** The native question's options (Electron's MessageBoxSyncOptions shape). "Stay" is the safe default. */
export const UNSAVED_CLOSE_QUESTION = {
  type: 'warning' as const,
  title: 'Text not saved',
  message: 'You have text that is not saved.',
  detail:
    'Some text you typed could not be saved: notes over their length limit, notes changed in another window that wait for you to choose, or a field waiting for its Save button. If you close now, that text is lost.',
  buttons: ['Stay', 'Close anyway'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** The button index of "Close anyway" in UNSAVED_CLOSE_QUESTION.buttons. */
export const CLOSE_ANYWAY = 1;

interface Deps {
  /** Shows UNSAVED_CLOSE_QUESTION and returns the index of the button chosen (Escape: cancelId). */
  ask(question: typeof UNSAVED_CLOSE_QUESTION): number;
  /** The user chose to stay: the next close must ask the page to save again (close-after-flush.ts). */
  onStay(): void;
}

/**
 * Returns the handler for webContents `will-prevent-unload`. It asks; on "Close anyway" it calls
 * `event.preventDefault()`, which in Electron means "ignore the page's beforeunload and unload";
 * on "Stay" (or Escape, or a closed question) it leaves the event alone, so the window stays with
 * the text in it, and calls `onStay`.
 */
export function unsavedCloseHandler({ ask, onStay }: Deps): (event: { preventDefault(): void }) => void {
  return (event) => {
    if (ask(UNSAVED_CLOSE_QUESTION) === CLOSE_ANYWAY) {
      event.preventDefault();
      return;
    }
    onStay();
  };
}

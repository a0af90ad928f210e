import type { PageLife } from '@shared/ipc/page-flush';

/*
 * Typed text reaches disk even when the page goes away (audit s6, fault 1: an evening's notes lost
 * when the tab closed). Every field that saves while typing registers a flusher here; when the page
 * is hidden, closed or reloaded (visibilitychange→hidden, pagehide, beforeunload), each flusher
 * sends its unsaved text at once. In browser mode those requests go out with fetch's `keepalive`
 * (see http-api.ts), which outlives the page; in the desktop app main asks before it closes the
 * window (PAGE_FLUSH_REQUEST) and waits for the saves.
 */

/** Sends the field's unsaved text now; resolves once main has answered (or at once if clean). */
export type Flusher = () => Promise<unknown>;

const flushers = new Set<Flusher>();
let leaving = false;
/** A save sent while leaving that could not use keepalive (its body is over the browser's 64 KiB). */
let unsafeSends = 0;

/** Says whether the page holds typed text the flush cannot save (unsaved-text.ts); none until the app runs. */
let leaveGuard: () => boolean = () => false;

/**
 * Installs `hasUnsaved`, asked on beforeunload after the flush has started: when it says true the
 * page asks before it goes ("Leave site?"; main's own question in the desktop app). Returns the
 * function that takes it away again.
 */
export function setLeaveGuard(hasUnsaved: () => boolean): () => void {
  leaveGuard = hasUnsaved;
  return () => {
    if (leaveGuard === hasUnsaved) leaveGuard = () => false;
  };
}

export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => void flushers.delete(flush);
}

/** True while the page is going away or hidden: requests then need a transport that outlives it. */
export const isPageLeaving = () => leaving;

/** http-api.ts says so when a save had to go without keepalive while the page was leaving. */
export function noteUnsafeSend(): void {
  unsafeSends += 1;
}

/** Sends every field's unsaved text; resolves when main has answered all of them. */
export function flushAll(): Promise<unknown> {
  return Promise.allSettled([...flushers].map((flush) => flush()));
}

/** The page-leave listeners; `win` is the window (a parameter so a test can pass its own). */
export function installPageLeaveFlush(win: Window & { pageLife?: PageLife } = window): void {
  const leave = () => {
    leaving = true;
    void flushAll();
  };
  win.addEventListener('pagehide', leave);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') leave();
    else leaving = false;
  });
  win.addEventListener('pageshow', () => (leaving = false));
  win.addEventListener('beforeunload', (event) => {
    unsafeSends = 0;
    leave();
    // A note too large for keepalive is on its way in an ordinary request: ask the browser to
    // hold the page ("Leave site?") so it can arrive (the desktop app never gets here with one:
    // main flushed first). And typed text the flush cannot send (over its limit, waiting on a
    // "changed in another window" choice, or a field that saves only on its Save button) would be
    // lost with the page: ask too. In the desktop app main turns this into its own question
    // (will-prevent-unload, core/unsaved-close.ts).
    if ((unsafeSends > 0 && !win.pageLife) || leaveGuard()) {
      event.preventDefault();
      event.returnValue = '';
    }
    // If the user stays, the page is live again once the dialog goes.
    win.setTimeout(() => {
      if (win.document.visibilityState === 'visible') leaving = false;
    }, 0);
  });
  win.pageLife?.onFlushRequest(() => flushAll());
}

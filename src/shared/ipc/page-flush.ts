/*
 * The desktop app's "save before the window closes" handshake (audit s6, fault 1). Main's close
 * handler sends PAGE_FLUSH_REQUEST with a number; the page saves every field with unsaved text and
 * answers PAGE_FLUSH_DONE with the same number; main closes the window then, or after
 * PAGE_FLUSH_TIMEOUT_MS if the page does not answer (a hung page must not keep the app open).
 * Browser mode needs none of it: the page flushes on pagehide with fetch's keepalive.
 * It lives with the contract (channels/, contract.ts) though it is not a request/reply channel:
 * main pushes the request, and only a number crosses each way (main ignores any other answer).
 */
export const PAGE_FLUSH_REQUEST = 'page:flush-request';
export const PAGE_FLUSH_DONE = 'page:flush-done';
export const PAGE_FLUSH_TIMEOUT_MS = 3000;

/** What the preload hands the page (window.pageLife), only in the desktop app. */
export interface PageLife {
  /** `flush` is called when the window is about to close; its promise settling is the answer. */
  onFlushRequest(flush: () => Promise<unknown>): void;
}

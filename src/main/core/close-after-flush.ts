/*
 * The desktop window asks its page to save before it closes (audit s6, fault 1: notes typed and
 * not yet blurred were lost when the window closed). Pure logic, tested in Node; index.ts only
 * wires it to the BrowserWindow's `close` event and to PAGE_FLUSH_REQUEST / PAGE_FLUSH_DONE.
 */

interface Deps {
  /** Asks the page to send its unsaved text; resolves when the page answers. */
  askPageToFlush(): Promise<unknown>;
  /** Closes the window for real (the guard lets this second close through). */
  close(): void;
  /** How long to wait for the page (a hung page must not keep the app open), ms. */
  timeoutMs: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

/** The window's `close` handler, and `reopen()` for when the close did not happen after all. */
export interface CloseGuard {
  (event: { preventDefault(): void }): void;
  /**
   * The page held the unload and the user chose to stay (unsaved-close.ts): the window is open
   * again, so the next close must ask the page to save again rather than pass straight through.
   * A timer or answer left from the earlier close does nothing after this.
   */
  reopen(): void;
}

/**
 * Returns the window's `close` handler. The first close is held (`preventDefault`) while the page
 * flushes; when it answers, or after `timeoutMs`, the window is closed and that close passes.
 * Closes asked for while waiting are folded into the one already under way.
 */
export function closeAfterFlush({ askPageToFlush, close, timeoutMs, setTimer = setTimeout }: Deps): CloseGuard {
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  // Each close under way is one round; a late answer or timer of an earlier round is ignored.
  let round = 0;
  const guard = (event: { preventDefault(): void }) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    const mine = ++round;
    const finish = () => {
      if (mine !== round || state !== 'flushing') return;
      state = 'flushed';
      close();
    };
    setTimer(finish, timeoutMs);
    askPageToFlush().then(finish, finish);
  };
  return Object.assign(guard, {
    reopen() {
      round += 1;
      state = 'open' as const;
    },
  });
}

/** Numbers each request, so an answer to an old one is never taken for the current one. */
export function flushRequests(send: (id: number) => void): { ask(): Promise<void>; answered(id: unknown): void } {
  let next = 0;
  const waiting = new Map<number, () => void>();
  return {
    ask() {
      const id = ++next;
      return new Promise<void>((resolve) => {
        waiting.set(id, resolve);
        send(id);
      });
    },
    answered(id) {
      if (typeof id !== 'number') return;
      waiting.get(id)?.();
      waiting.delete(id);
    },
  };
}

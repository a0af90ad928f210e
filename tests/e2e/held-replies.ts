import type { ChannelName } from '../../src/shared/ipc/channel-names';
import { AppError } from '../../src/shared/ipc/result';
import type { Handlers } from '../../src/main/handlers';

/** One channel's calls, held back before its handler runs (see LaunchedApp.holdReplies). */
export interface HeldChannel {
  /** Calls waiting now. */
  readonly waiting: number;
  /** Resolves once `count` calls (in all, since the hold began) have arrived and are waiting. */
  arrived(count?: number): Promise<void>;
  /** Lets the waiting calls (and any later ones) run the real handler; the hold ends. */
  release(): void;
  /** Answers the waiting calls with main's refusal (`io-error`, this message; their handler never runs); the hold ends. */
  refuse(message: string): void;
}

interface Hold {
  waiting: Array<{ go(): void; fail(error: Error): void }>;
  arrivedCount: number;
  listeners: Array<() => void>;
  refusal: string | null;
}

/**
 * Holds main's replies on chosen channels, for tests of what the page shows while a reply is on
 * its way and after a refusal. It wraps the handler table both transports dispatch to (the binding
 * and the browser-mode server), so a held call is exactly a slow main; nothing else changes.
 */
export class ReplyGate {
  private holds = new Map<string, Hold>();

  hold(channel: ChannelName): HeldChannel {
    if (this.holds.has(channel)) throw new Error(`${channel} is already held`);
    const hold: Hold = { waiting: [], arrivedCount: 0, listeners: [], refusal: null };
    this.holds.set(channel, hold);
    const end = () => {
      if (this.holds.get(channel) === hold) this.holds.delete(channel);
    };
    return {
      get waiting() {
        return hold.waiting.length;
      },
      arrived: (count = 1) =>
        new Promise<void>((resolve) => {
          const check = () => hold.arrivedCount >= count && (resolve(), true);
          if (!check()) hold.listeners.push(() => void check());
        }),
      release: () => {
        end();
        for (const call of hold.waiting.splice(0)) call.go();
      },
      refuse: (message) => {
        end();
        for (const call of hold.waiting.splice(0)) call.fail(new AppError('io-error', message));
      },
    };
  }

  /** The same handlers, each first waiting on its channel's hold when there is one. */
  wrap(handlers: Handlers): Handlers {
    return new Proxy(handlers, {
      get: (target, channel, receiver) => {
        const handler = Reflect.get(target, channel, receiver) as unknown;
        if (typeof channel !== 'string' || typeof handler !== 'function') return handler;
        return async (request: unknown) => {
          const hold = this.holds.get(channel);
          if (hold) {
            await new Promise<void>((go, fail) => {
              hold.waiting.push({ go, fail });
              hold.arrivedCount++;
              for (const listener of hold.listeners) listener();
            });
          }
          return (handler as (request: unknown) => Promise<unknown>).call(target, request);
        };
      },
    });
  }
}

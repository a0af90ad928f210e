import type { ReplyOf } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/result';

type BootResult = Result<ReplyOf<'app:boot'>>;

let early: Promise<BootResult> | null = null;

/** Sends `app:boot` as the page starts, before the rest of the app's code is loaded (main.tsx). */
export function sendBootEarly(): void {
  // Held until React mounts: a transport that throws becomes a Result, never an unhandled rejection.
  early = window.api.invoke('app:boot', {}).catch((e: unknown) => ({
    ok: false as const,
    error: { code: 'internal' as const, message: e instanceof Error ? e.message : String(e) },
  }));
}

/**
 * The early call's reply, handed out once: the first boot uses it, and a later one (the app started
 * over after a roadmap switch, reboot.tsx) asks main again, since the plan is another one by then.
 */
export function takeEarlyBoot(): Promise<BootResult> | null {
  const pending = early;
  early = null;
  return pending;
}

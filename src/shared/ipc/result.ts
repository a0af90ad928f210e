import { z } from 'zod';

export const ErrorCodeSchema = z.enum([
  'unknown-channel',
  /** The caller may not talk to Prep Planner (a foreign frame, no token, a wrong Origin or Host). */
  'forbidden',
  'invalid-input',
  'not-found',
  'conflict',
  'unsafe-path',
  'io-error',
  'read-only',
  'cancelled',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const IpcErrorSchema = z.strictObject({
  code: ErrorCodeSchema,
  /** A sentence a person can read: it is shown as is. */
  message: z.string(),
  details: z.array(z.string()).optional(),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;

/**
 * What every call answers. `version`: when `data` is the whole plan as main saved it, the change
 * count it stands for (main's `PlanStore.changes`); the page that applies that plan has seen every
 * change up to it (renderer seen-changes.ts).
 */
export type Result<T> = { ok: true; data: T; version?: number } | { ok: false; error: IpcError };

export const resultSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), data, version: z.number().int().nonnegative().optional() }),
    z.strictObject({ ok: z.literal(false), error: IpcErrorSchema }),
  ]);

/** Thrown by handlers and core code; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A handler's reply as the services give it. */
export type Reply = { ok: true; data: unknown } | { ok: false; error: { message: string } };

/**
 * The data of a reply that must have succeeded; throws with main's message when it did not, so a
 * failing test says why. Integration tests read replies loosely (the default type is `any`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are read loosely in tests
export const okData = <T = any>(reply: Reply): T => {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.message}`);
  return reply.data as T;
};

/*
 * A message about typed text describes the text as it was when it was judged. Once the user types
 * again it must not keep an old count ("(it has 318)" under a name that now holds 121 characters;
 * check2 s6, N3). These re-judge, on every change, only what already shows a message: the message
 * then updates (the new count) or goes, while a field without a message does not start showing
 * one mid-word (checks still run on save, as before).
 */

/**
 * The shown messages re-judged against `now` (each field's problem for the current text, or
 * absent when it can be saved): a field keeps a message only if it had one and still has one.
 */
export function recheckShown<K extends string>(shown: Partial<Record<K, string>>, now: Partial<Record<K, string>>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of Object.keys(shown) as K[]) {
    if (shown[key] && now[key]) out[key] = now[key];
  }
  return out;
}

/** The same for a field with one message: null when none is shown or the text is now fine. */
export const recheckOne = (shown: string | null, now: string | null): string | null => (shown ? now : null);

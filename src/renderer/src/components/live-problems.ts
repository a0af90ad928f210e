import { useEffect, useRef } from 'react';
import { announce } from '../a11y/announce';

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

/*
 * Such a message sits in a role="alert" element, and a screen reader speaks an alert again on
 * every change of its text: once per keystroke while the count updates (CLOSING-s7). The element
 * keeps its role and its current text (it is the field's description too), but is live only in
 * the render where the message first shows or changes meaning; when it goes, the app's announcer
 * says once that it is fixed.
 */

/** What a message says without its figures: "61 characters" and "62 characters" mean the same. */
export const meaningOf = (message: string): string => message.replace(/\d[\d,.\u00a0\u202f]*/g, '#').replace(/\bcharacters\b/g, 'character');

/** Said once when a message goes: its subject (the words before its first ": ") and "fixed". */
export function fixedMessage(message: string): string {
  const colon = message.indexOf(': ');
  const subject = colon > 0 && colon <= 40 ? message.slice(0, colon) : null;
  return subject ? `${subject}: fixed.` : 'The problem with that field is fixed.';
}

/**
 * aria-live for the element showing `problem` (null/undefined: none shown): 'assertive' in the
 * render where it first shows or changes meaning, else 'off', so figures that update as the user
 * types are not spoken each time. When the message goes, announces fixedMessage() once.
 */
export function useLiveProblem(problem: string | null | undefined): 'assertive' | 'off' {
  const spoken = useRef<string | null>(null);
  const meaning = problem ? meaningOf(problem) : null;
  const live = meaning !== null && meaning !== (spoken.current === null ? null : meaningOf(spoken.current)) ? 'assertive' : 'off';
  useEffect(() => {
    const before = spoken.current;
    if (problem && (before === null || meaningOf(before) !== meaningOf(problem))) spoken.current = problem;
    else if (!problem && before !== null) {
      spoken.current = null;
      announce(fixedMessage(before));
    }
  }, [problem]);
  return live;
}

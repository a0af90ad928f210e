import type { Column } from '../plan-schema';

type ColumnRole = Column['role'];

/** A card's dates as they would be after an edit, where it stands, and which dates the edit types. */
export interface CardDatesInput {
  startedOn: string | null;
  finishedOn: string | null;
  /** The role of the card's column, or null when the card is in no column. */
  role: ColumnRole | null;
  /** The column's title, for the message ("Up next"). */
  columnTitle: string;
  /** Which dates this edit sets: only those are held to "not after today". */
  typed: { startedOn?: boolean; finishedOn?: boolean };
  /** Today, YYYY-MM-DD (main's clock). */
  today: string;
}

const FIELD_WORDS = { startedOn: 'start', finishedOn: 'finish' } as const;

/**
 * The one rule set for the dates typed in a card's details (Started, Finished), judged in main
 * for the desktop and the browser alike, its words shown under the fields (CardDateFields.tsx):
 *  - first where the card stands: a finish date only in a done column and always there, a start
 *    date on every card past the to-do columns (the board's date rule, domain/board-stamps.ts,
 *    issue 12);
 *  - then a typed start or finish is never after today: both record what happened, and a day that has
 *    not come yet cannot have happened (check s6, N2: a Started of 2031 was kept without a word,
 *    while a Finished got a refusal). Only a typed date is held to it, so a card whose stored
 *    date is odd (typed before this rule) can still have the other date changed;
 *  - then never a finish before the start.
 * Returns the first problem as a plain sentence, or null when the dates may be saved.
 */
export function cardDatesProblem({ startedOn, finishedOn, role, columnTitle, typed, today }: CardDatesInput): string | null {
  if (finishedOn && role !== 'done') {
    return `Only a card in a Done column has a finish date, and this one is in ${columnTitle}. Move it to Done first: it gets today's date, which you can then change.`;
  }
  if (!finishedOn && role === 'done') {
    return `A card in ${columnTitle} keeps its finish date. Type the day it was finished, or move the card out of ${columnTitle}.`;
  }
  if (!startedOn && role !== null && role !== 'todo') {
    return `A card in ${columnTitle} keeps its start date. Type the day you started it, or move the card back to a to-do column.`;
  }
  for (const field of ['startedOn', 'finishedOn'] as const) {
    const value = field === 'startedOn' ? startedOn : finishedOn;
    if (typed[field] && value && value > today) {
      return `The ${FIELD_WORDS[field]} date is later than today. It says when you ${field === 'startedOn' ? 'began' : 'finished'}, so it cannot be a day still to come: type today or an earlier day.`;
    }
  }
  if (startedOn && finishedOn && finishedOn < startedOn) {
    return 'The finish date is before the start date: choose a finish on or after the start.';
  }
  return null;
}

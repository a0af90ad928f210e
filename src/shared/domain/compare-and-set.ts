import { sameData } from './same-data';

/**
 * Compare-and-set for the fields a person types into (notes, names, descriptions, links, dates),
 * when several tabs or windows edit one data folder (audit s6, fault 2). Each save carries `base`:
 * the value each field held when the edit began. A field whose stored value is no longer its base
 * was changed elsewhere in the meantime, so the save must not write over it unseen.
 */

/**
 * The fields of `base` whose stored value differs from it (in `base`'s key order); [] when the save
 * may go on. A field that already holds what the save writes (`wanted`) is never stale: nothing
 * would be written over. That is the case when a save reached disk but its reply did not reach the
 * page (a reload or a closed tab right after typing: the page-leave save lands, the page is gone),
 * so the page's next save still names the older base and must not be refused as a conflict.
 */
export function staleFields<T extends object>(stored: T, base: Partial<T> | undefined, wanted?: Partial<Record<keyof T, unknown>>): Array<keyof T & string> {
  if (!base) return [];
  const stale: Array<keyof T & string> = [];
  for (const key of Object.keys(base) as Array<keyof T & string>) {
    if (sameData(stored[key], base[key])) continue;
    if (wanted && Object.hasOwn(wanted, key) && sameData(stored[key], wanted[key])) continue;
    stale.push(key);
  }
  return stale;
}

/** How a field is named in the message (the label the user sees on it). */
const FIELD_WORDS: Record<string, string> = {
  notes: 'Notes',
  repoUrl: 'Repository URL',
  startedOn: 'Started',
  finishedOn: 'Finished',
  name: 'Project name',
  description: 'Description',
  stack: 'Stack',
  stackChoices: 'Stack choice',
  links: 'Links',
  lengthFactor: 'Week length',
  title: 'Title',
};

/** Prefix of every refusal's message, so the page can tell this refusal from others. */
export const CHANGED_ELSEWHERE = 'Changed in another window';

/** The plain sentence main refuses a stale save with; `fields` as staleFields gives them. */
export function changedElsewhereMessage(fields: readonly string[]): string {
  const names = fields.map((f) => FIELD_WORDS[f] ?? f);
  const what = names.length === 1 ? `${names[0]} was` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} were`;
  return `${CHANGED_ELSEWHERE}: ${what} changed in another window or tab after you started editing, so your change was not saved over it. Nothing was lost: choose which text to keep.`;
}

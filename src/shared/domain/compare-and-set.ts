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

/**
 * How a field is named in the message, and whether the name is plural, so the sentence agrees
 * ("The notes were changed", "The start date was changed"; check2 s6, N3: "Notes was changed").
 */
const FIELD_WORDS: Record<string, { words: string; plural: boolean }> = {
  notes: { words: 'the notes', plural: true },
  repoUrl: { words: 'the repository URL', plural: false },
  startedOn: { words: 'the start date', plural: false },
  finishedOn: { words: 'the finish date', plural: false },
  name: { words: 'the project name', plural: false },
  description: { words: 'the description', plural: false },
  stack: { words: 'the stack', plural: false },
  stackChoices: { words: 'the stack choices', plural: true },
  links: { words: 'the links', plural: true },
  lengthFactor: { words: 'the week length', plural: false },
  title: { words: 'the title', plural: false },
};

/** Prefix of every refusal's message, so the page can tell this refusal from others. */
export const CHANGED_ELSEWHERE = 'Changed in another window';

/**
 * The plain sentence main refuses a stale save with; `fields` as staleFields gives them. The verb
 * agrees with what it names: "The notes were", "The project name was", "The project name and the
 * description were" (a field not in the list is named by its key, as one thing).
 */
export function changedElsewhereMessage(fields: readonly string[]): string {
  const named = fields.map((f) => FIELD_WORDS[f] ?? { words: f, plural: false });
  const list = named.length === 1 ? named[0]!.words : `${named.slice(0, -1).map((n) => n.words).join(', ')} and ${named.at(-1)!.words}`;
  const verb = named.length > 1 || named[0]?.plural ? 'were' : 'was';
  const what = `${list.charAt(0).toUpperCase()}${list.slice(1)} ${verb}`;
  return `${CHANGED_ELSEWHERE}: ${what} changed in another window or tab after you started editing, so your change was not saved over it. Nothing was lost: choose which text to keep.`;
}

/**
 * A project's stack as the roadmap writes it ("Python, Flask/Django, SQLite"): items separated by
 * commas, an item with a slash is a choice between alternatives (issue 15: "Flask/Django" means
 * Flask OR Django, never both). The learner's choice per alternative is kept in the plan
 * (ProjectProgress.stackChoices, keyed by the item as written).
 */

/** One item of a stack: a single technology, or alternatives to choose from. */
export interface StackItem {
  /** The item as the roadmap wrote it: "Flask/Django". Also the key of the learner's choice. */
  key: string;
  options: string[];
  /** The chosen option; the only option of a plain item; null while a choice is still open. */
  chosen: string | null;
}

export type StackChoices = Readonly<Record<string, string>>;

/** "Python, Flask/Django, SQLite" → items, each with the learner's choice applied. */
export function stackItems(stackText: string, choices: StackChoices = {}): StackItem[] {
  return stackText
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const options = item
        .split('/')
        .map((o) => o.trim())
        .filter(Boolean);
      const key = options.join('/');
      const choice = Object.hasOwn(choices, key) ? choices[key] : undefined;
      const chosen = options.length === 1 ? options[0]! : choice !== undefined && options.includes(choice) ? choice : null;
      return { key, options, chosen };
    });
}

/** The items still asking "Flask or Django?". */
export const openChoices = (items: readonly StackItem[]): StackItem[] => items.filter((i) => i.chosen === null);

/** Chip labels: a chosen or plain item shows its technology; an open choice shows "Flask / Django". */
export const stackChips = (items: readonly StackItem[]): string[] => items.map((i) => i.chosen ?? i.options.join(' / '));

/**
 * The resolved stack list the scaffolder takes (e.g. ['Python', 'Flask', 'SQLite']): each open
 * choice falls back to its first option, the roadmap's own preference (agreed with the scaffold
 * templates, issue 16).
 */
export const resolvedStack = (items: readonly StackItem[]): string[] => items.map((i) => i.chosen ?? i.options[0]!);

/** The question shown for an open choice: "Flask or Django?". */
export const choiceQuestion = (item: StackItem): string =>
  item.options.length === 2 ? `${item.options[0]} or ${item.options[1]}?` : `${item.options.slice(0, -1).join(', ')} or ${item.options.at(-1)}?`;

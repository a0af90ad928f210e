export interface BoardFilter {
  query: string;
  /** Stack tags the card's project must all have. */
  tags: readonly string[];
}

export const EMPTY_FILTER: BoardFilter = { query: '', tags: [] };

export const isFiltering = (filter: BoardFilter) => filter.query.trim() !== '' || filter.tags.length > 0;

export interface FilterableCard {
  /** Texts the search box looks in (name, description, title...). */
  text: readonly string[];
  stack: readonly string[];
}

/** Case-insensitive: every word of the query must appear somewhere in the card's text or stack. */
export function matchesFilter(card: FilterableCard, filter: BoardFilter): boolean {
  const stack = card.stack.map((t) => t.toLowerCase());
  if (!filter.tags.every((tag) => stack.includes(tag.toLowerCase()))) return false;
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [...card.text, ...card.stack].join('\n').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

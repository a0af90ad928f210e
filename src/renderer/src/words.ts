/** "1 item", "3 items": a count and its noun, for nouns that take an -s. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

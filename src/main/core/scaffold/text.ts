/** Replaces lone UTF-16 surrogates, which no file format or file system can store, with U+FFFD. */
export const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Text for one line of Markdown: control characters and line breaks become spaces. */
// eslint-disable-next-line no-control-regex
export const oneLine = (text: string): string => wellFormed(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();

/**
 * A double-quoted string literal that TOML, Python and JSON all read back as `text`: JSON's
 * escapes (\" \\ \n \uXXXX …) are a subset of what each of them accepts in a basic string.
 */
export const quoted = (text: string): string => JSON.stringify(wellFormed(text));

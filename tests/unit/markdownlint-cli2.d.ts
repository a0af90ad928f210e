/**
 * The part of markdownlint-cli2's programmatic entry the validator test uses (the package ships
 * JSDoc types only, which TypeScript does not read from an .mjs without allowJs).
 */
declare module 'markdownlint-cli2' {
  export function main(params: {
    directory?: string;
    argv?: string[];
    nonFileContents?: Record<string, string>;
    optionsOverride?: { config?: Record<string, unknown> };
    noImport?: boolean;
    logMessage?: (line: string) => void;
    logError?: (line: string) => void;
  }): Promise<number>;
}

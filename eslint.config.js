import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'net'];

export default tseslint.config(
  // Templates hold {{placeholders}}; the code they make is checked by the scaffold proof tests instead.
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'bench/results.json', 'resources/templates/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only the Electron glue may import Electron (VS Code's layering, in small).
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only src/main/index.ts, src/main/ipc.ts and src/preload may import electron.' }] }],
    },
  },
  {
    files: ['src/main/index.ts', 'src/main/ipc.ts', 'src/preload/**/*.ts', 'tests/electron-smoke/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Shared code runs in the sandboxed renderer too: no Node, no Electron.
    files: ['src/shared/**/*.{ts,tsx}', 'src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer and shared code never touch Electron.' }, ...NODE_BUILTINS.map((name) => ({ name, message: 'No Node APIs here.' }))],
          patterns: [{ group: ['node:*'], message: 'No Node APIs in shared or renderer code.' }, { group: ['**/main/**'], message: 'Renderer and shared code cannot import main.' }],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // User text (names, notes, step titles) is only ever rendered by React as text: no HTML sinks.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user text as React text, never as HTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML in the renderer: render text with React.' },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]", message: 'No HTML string sinks in the renderer.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'No document.write in the renderer.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/electron-smoke/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

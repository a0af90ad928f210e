import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The CommonJS packages of React that the renderer's ES modules import by name. */
const PACKAGES = new Set(['react', 'react/jsx-runtime', 'react-dom']);
const PREFIX = '\0react-named-exports:';

/**
 * A renderer build plugin (electron.vite.config.ts). React ships as CommonJS, so an ES module that
 * imports `useState` from it gets an interop object, and the bundler writes every call of a named
 * import as `(0, ns.useState)(…)`; the renderer makes about 1,000 such calls (each JSX element is a
 * call of `jsx`). This plugin gives ES imports of `react`, `react/jsx-runtime` and `react-dom` a
 * small ES module instead, which reads each of the package's exports once and exports it under its
 * own name, so the calls are plain `useState(…)`: the same functions of the same React, in fewer
 * bytes (issue 18's renderer JS target, s7size: −0.8 kB gzip). React's own packages, and any
 * `require()` of them, keep loading the CommonJS files directly. Build only: the dev server
 * pre-bundles React as ES modules itself.
 */
export function reactNamedExports(): Plugin {
  const load = createRequire(import.meta.url);
  return {
    name: 'prep-planner-react-named-exports',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (!PACKAGES.has(source) || !importer || importer.startsWith(PREFIX)) return null;
      if ((options as { kind?: string } | undefined)?.kind !== 'import-statement') return null;
      if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(importer)) return null;
      return PREFIX + source;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const source = id.slice(PREFIX.length);
      const names = Object.keys(load(source) as object).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
      // Each export is marked pure, so the bundler drops the ones nothing imports.
      const exports = names.map((name) => `export const ${name} = /* @__PURE__ */ (() => pkg.${name})();`);
      return [`import pkg from '${source}';`, ...exports, 'export default pkg;'].join('\n');
    },
  };
}

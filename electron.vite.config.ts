import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './src/shared/csp';

const shared = { '@shared': resolve(__dirname, 'src/shared') };

// The strict CSP (src/shared/csp.ts) goes into the built page only: Vite's dev server needs inline
// styles and a websocket for hot reload, which the policy (correctly) forbids.
export { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY };

function strictCsp(): Plugin {
  return {
    name: 'prep-planner-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<!-- csp -->',
        `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * The app's icon, declared in the page as a data: URL (the CSP's img-src allows data:), so no
 * browser asks for /favicon.ico and logs a 404 on first load (audit s6 fault 15), over app://,
 * browser mode and the test harness alike.
 */
function appIcon(): Plugin {
  const svg = readFileSync(resolve(__dirname, 'resources/icon.svg'), 'utf8').trim();
  return {
    name: 'prep-planner-icon',
    transformIndexHtml(html) {
      return html.replace('<!-- icon -->', `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${encodeURIComponent(svg)}" />`);
    },
  };
}

/**
 * The entry (main.tsx) is a few kB that sends app:boot and then imports the app (root.tsx) lazily.
 * Left alone, the browser would only learn of root's chunks once the entry has run: one more
 * round of requests before React can start. Listing them in the page lets them load (and compile
 * off the main thread) while the entry is fetched and the boot reply travels. Same files, same
 * origin, so the CSP ('self') and Electron's app:// protocol serve them as before.
 */
function preloadLazyEntry(): Plugin {
  return {
    name: 'prep-planner-preload-lazy-entry',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return html;
        const scripts: string[] = [];
        const styles: string[] = [];
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || file === entry.fileName || scripts.includes(file)) return;
          scripts.push(file);
          // The entry's own stylesheet is already in the page.
          for (const css of chunk.viteMetadata?.importedCss ?? []) if (!styles.includes(css) && !html.includes(css)) styles.push(css);
          chunk.imports.forEach(visit);
        };
        // The entry's own lazy import that it loads at once: root.
        for (const file of entry.dynamicImports) if (/\/root-[^/]*\.js$/.test(file)) visit(file);
        const links = [
          ...scripts.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`),
          ...styles.map((f) => `<link rel="preload" as="style" crossorigin href="./${f}">`),
        ];
        return links.length ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
      },
    },
  };
}

/** What a chunking group's `name` may ask of the module graph (Rolldown's ChunkingContext, the part used). */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * How the renderer's modules are grouped into files, for Rolldown's code splitting. Two files
 * load: the entry (main.tsx's few kB, which asks for the boot data at once) and root (the app,
 * loaded while the boot reply travels). Gzip packs each file alone and cannot reuse words across
 * files, so every extra file costs bytes (issue 18's renderer JS ≤ 150 kB gzip): left alone,
 * Rolldown made six (s7size: -1.9 kB gzip for three). The Roadmap and Portfolio views had a file of
 * their own, loaded when one was first shown, until s9: folded into root, -1.2 kB gzip; their code
 * is parsed at boot (a few ms) and they open without a request. Only root's and the views' module
 * trees are grouped: the entry's own modules and Vite's helpers (which the entry imports
 * statically) stay out, or the entry would wait for root before sending the boot request. Returns
 * the group for a module id: 'root', or null.
 */
function rendererChunks(): (id: string, graph: ModuleGraph) => string | null {
  const entry = resolve(__dirname, 'src/renderer/src/main.tsx');
  const roots = ['root.tsx', 'features/roadmap/RoadmapView.tsx', 'features/portfolio/PortfolioView.tsx'].map((file) => resolve(__dirname, 'src/renderer/src', file));
  const trees = new Map<string, Set<string>>();
  /** `from` and every module it imports statically, directly or not. */
  const staticTree = (from: string, graph: ModuleGraph): Set<string> => {
    let tree = trees.get(from);
    if (tree) return tree;
    tree = new Set<string>();
    const todo = [from];
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (tree.has(id)) continue;
      tree.add(id);
      todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    trees.set(from, tree);
    return tree;
  };
  return (id, graph) => {
    if (staticTree(entry, graph).has(id)) return null;
    return roots.some((from) => staticTree(from, graph).has(id)) ? 'root' : null;
  };
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } } },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules or require local files: emit one CJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: shared },
    plugins: [react(), strictCsp(), appIcon(), preloadLazyEntry()],
    build: {
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        // Only the modules the group names: their dependencies are named (or not) on their own.
        output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: rendererChunks() }] } },
      },
    },
  },
});

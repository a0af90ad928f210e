import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ts from 'typescript';

/** `^1.2.3` satisfied by `version`: same major (minor for 0.x), and not older. */
export function caretSatisfies(range: string, version: string): boolean {
  const want = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  const have = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!want || !have) return false;
  const [w, h] = [want.slice(1).map(Number), have.slice(1).map(Number)];
  if (w[0] !== h[0] || (w[0] === 0 && w[1] !== h[1])) return false;
  for (let i = 0; i < 3; i++) if (h[i] !== w[i]) return h[i]! > w[i]!;
  return true;
}

/**
 * What is wrong with a scaffold's `frontend/` without installing it (no npm ci, no network):
 * every .js/.jsx file must parse (TypeScript's transpiler, JSX on), index.html's entry script must
 * exist, and every package must be one our own lockfile holds at a version its range accepts —
 * so the names are real and the versions exist. Returns the problems; empty when all is well.
 */
export async function checkFrontend(projectFolder: string): Promise<string[]> {
  const problems: string[] = [];
  const frontend = join(projectFolder, 'frontend');
  const lock = JSON.parse(await readFile(resolve('package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
  const pkg = JSON.parse(await readFile(join(frontend, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  for (const name of ['react', 'react-dom', 'vite', '@vitejs/plugin-react']) if (!deps[name]) problems.push(`package.json lacks ${name}`);
  for (const [name, range] of Object.entries(deps)) {
    const locked = lock.packages[`node_modules/${name}`]?.version;
    if (!locked) problems.push(`${name} is not a package our lockfile knows`);
    else if (!caretSatisfies(range, locked)) problems.push(`${name}@${range} does not accept the locked ${locked}`);
  }
  if (pkg.scripts?.dev !== 'vite' || pkg.scripts?.build !== 'vite build') problems.push('scripts dev/build are not vite');

  const entries = await readdir(frontend, { recursive: true, withFileTypes: true });
  const sources = entries.filter((e) => e.isFile() && /\.(jsx?|mjs)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
  if (sources.length < 3) problems.push(`only ${sources.length} JavaScript files`);
  for (const file of sources) {
    const out = ts.transpileModule(await readFile(file, 'utf8'), {
      fileName: file,
      reportDiagnostics: true,
      compilerOptions: { jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, allowJs: true },
    });
    for (const d of out.diagnostics ?? []) problems.push(`${file}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
  const html = await readFile(join(frontend, 'index.html'), 'utf8');
  const entry = /<script type="module" src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry || !sources.includes(join(frontend, entry))) problems.push(`index.html's entry script ${entry} is missing`);
  return problems;
}

/**
 * The `server.proxy` object of a scaffold's `frontend/vite.config.js`, by running the config file
 * itself (transpiled to CommonJS, with `vite`'s defineConfig and the React plugin stubbed).
 */
export async function viteProxy(projectFolder: string): Promise<Record<string, string | { target: string; ws?: boolean }>> {
  const source = await readFile(join(projectFolder, 'frontend', 'vite.config.js'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const stubs: Record<string, unknown> = { vite: { defineConfig: (config: unknown) => config }, '@vitejs/plugin-react': { default: () => ({ name: 'react' }) } };
  const module = { exports: {} as { default?: { server?: { proxy?: Record<string, string | { target: string; ws?: boolean }> } } } };
  new Function('require', 'module', 'exports', outputText)((name: string) => stubs[name], module, module.exports);
  return module.exports.default?.server?.proxy ?? {};
}

/** The GET paths the page fetches (App.jsx's ENDPOINTS array). */
export async function pageEndpoints(projectFolder: string): Promise<string[]> {
  const app = await readFile(join(projectFolder, 'frontend', 'src', 'App.jsx'), 'utf8');
  const literal = /^const ENDPOINTS = (\[.*\]);$/m.exec(app)?.[1] ?? 'null';
  return JSON.parse(literal.replaceAll("'", '"')) as string[];
}

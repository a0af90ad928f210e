/**
 * `npm run lint:security`: runs Electronegativity over the source (plus the built page, where the
 * CSP lives) fully offline, and fails on any HIGH or MEDIUM finding that is not justified at its
 * line. A justification is a comment on the finding's line, or in the comment lines right above:
 *   // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — only URLs passing isSafeExternalUrl
 * naming the check and giving a reason. Electronegativity's own `eng-disable` is not accepted:
 * it hides a finding without saying why.
 * Usage: tsx scripts/electronegativity-check.ts [--renderer-dir out/renderer] [--json report.json]
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findJustification, type Finding } from './electronegativity-justify';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { 'renderer-dir': { type: 'string' }, json: { type: 'string' } },
});
const rendererDir = resolve(ROOT, values['renderer-dir'] ?? join(process.env.PREP_PLANNER_OUT_DIR ?? 'out', 'renderer'));

const engRequire = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity'));
// Offline by construction: Electronegativity fetches translations and Electron release data with
// `got`; this stand-in fails at once, so no request is attempted and no timeout is waited for.
const offlineGot = Object.assign(() => Promise.reject(new Error('offline')), { head: () => Promise.reject(new Error('offline')) });
const gotPath = engRequire.resolve('got');
engRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offlineGot } as never;
const runModule = engRequire('./runner.js') as { default?: RunFn } & RunFn;
const run: RunFn = runModule.default ?? runModule;
type RunFn = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: RawIssue[]; errors: Array<{ file: string; message: string; tolerable: boolean }> }>;
interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
  manualReview: boolean;
}

async function stage(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pp-electronegativity-'));
  await cp(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  const builtPage = await readFile(join(rendererDir, 'index.html'), 'utf8').catch(() => null);
  if (builtPage === null) {
    console.error(`lint:security: no built page at ${rendererDir}/index.html — run \`npm run build\` first (the CSP is added at build time).`);
    process.exit(2);
  }
  await mkdir(join(dir, 'built-renderer'));
  await writeFile(join(dir, 'built-renderer/index.html'), builtPage);
  return dir;
}

async function main(): Promise<void> {
  const eDisable = await grepEngDisable(join(ROOT, 'src'));
  const staged = await stage();
  const electronVersion = (JSON.parse(await readFile(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const quiet = console.log;
  console.log = () => undefined; // the library prints a translation warning we have no use for
  const result = await run(
    {
      input: staged,
      isSarif: false,
      customScan: [],
      // The one online check (Electron release data); the Electron version is pinned in package-lock.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  ).finally(() => (console.log = quiet));
  await rm(staged, { recursive: true, force: true });

  const findings: Finding[] = [];
  for (const issue of result.issues) {
    const file = issue.file === 'N/A' ? null : issue.file.replace(/^built-renderer\//, `${rendererDir}/`.replace(`${ROOT}/`, ''));
    const source = file?.startsWith('src/') ? await readFile(join(ROOT, file), 'utf8') : null;
    const severity = issue.severity.name;
    const justification = source ? findJustification(source, issue.location.line, issue.id) : null;
    findings.push({ id: issue.id, severity, confidence: issue.confidence.name, file: file ?? '(whole app)', line: issue.location.line, description: issue.description, justification });
  }
  const blocking = findings.filter((f) => (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !f.justification);
  for (const f of findings) {
    const status = f.justification ? `justified: ${f.justification}` : blocking.includes(f) ? 'NOT JUSTIFIED' : 'informational';
    console.log(`${f.severity.padEnd(13)} ${f.id.padEnd(28)} ${f.file}:${f.line}  ${status}`);
  }
  for (const error of result.errors.filter((e) => !e.tolerable)) console.error(`parse error in ${error.file}: ${error.message}`);
  for (const hit of eDisable) console.error(`${hit}: eng-disable hides a finding without a reason; use "electronegativity-justified: <CHECK> — <reason>"`);
  const bySeverity = (s: string) => findings.filter((f) => f.severity === s).length;
  console.log(
    `Electronegativity ${findings.length} findings (HIGH ${bySeverity('HIGH')}, MEDIUM ${bySeverity('MEDIUM')}, LOW ${bySeverity('LOW')}, INFORMATIONAL ${bySeverity('INFORMATIONAL')}); ` +
      `${findings.filter((f) => f.justification).length} justified at the line; ${blocking.length} HIGH/MEDIUM not justified`,
  );
  if (values.json) await writeFile(values.json, JSON.stringify({ findings, blocking: blocking.length }, null, 2));
  const parseErrors = result.errors.filter((e) => !e.tolerable).length;
  process.exit(blocking.length || eDisable.length || parseErrors ? 1 : 0);
}

async function grepEngDisable(dir: string): Promise<string[]> {
  const hits: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|js|html)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (/eng-disable/.test(line)) hits.push(`${path.replace(`${ROOT}/`, '')}:${i + 1}`);
    });
  }
  return hits;
}

await main();

/**
 * The full crash test: `npx tsx scripts/crash-test.ts --kills 200 [--seed N] [--dir PATH]`.
 * Prints kills survived / tried and exits non-zero on any failure.
 */
import { parseArgs } from 'node:util';
import { runCrashTest } from '../tests/integration/crash-run';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, seed: { type: 'string' }, dir: { type: 'string' } } });
const kills = Number(values.kills);
const seed = values.seed ? Number(values.seed) : Date.now();
const started = Date.now();
const summary = await runCrashTest({
  kills,
  seed,
  ...(values.dir ? { dataDir: values.dir } : {}),
  onKill: (r) => {
    if (!r.ok) console.error(`kill ${r.index + 1}: FAILED ${r.problem}`);
    else if ((r.index + 1) % 25 === 0) console.log(`${r.index + 1}/${kills} kills…`);
  },
});
console.log(`seed ${seed}, data folder ${summary.dataDir}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`acknowledged changes: ${summary.acks}; kills during start-up: ${summary.killedDuringStartup}`);
console.log(`change paths: ${JSON.stringify(summary.paths)}`);
console.log(`kills during restore: ${summary.killedDuringRestore}; during backup rotation: ${summary.killedDuringRotation}; outside edits between kills: ${summary.outsideEdits}`);
console.log(`kills survived: ${summary.survived} / ${summary.tried}`);
console.log(`acknowledged changes lost: ${summary.acknowledgedLost}`);
console.log(`leftover files: ${summary.leftovers.length} ${JSON.stringify(summary.leftovers)}`);
process.exit(summary.failures.length === 0 && summary.survived === kills && summary.acknowledgedLost === 0 && summary.leftovers.length <= 1 ? 0 : 1);

/**
 * One of the two processes in the two-process test (tests/integration/two-process.test.ts): the real
 * services on a shared data folder, making `count` changes through the real dispatcher. Reports on
 * stdout, synchronously:
 *   notice <id>          a start-up notice (the second process must get read-only-other-instance)
 *   ready <readOnly>     started; readOnly is 1 when this process may not save
 *   ack <week> <text>    this note is saved (the reply came back ok)
 *   refused <code>       a change was refused, with its error code
 *   done
 * Waits for a line on stdin before it starts changing, so both processes are up first.
 * Usage: two-process-child <dataDir> <name> <count>
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fixedClock } from '../src/main/core/clock';
import { dispatch } from '../src/main/handlers/dispatch';
import { startServices } from '../src/main/services';

const [dataDir, name, countArg] = process.argv.slice(2);
if (!dataDir || !name) throw new Error('usage: two-process-child <dataDir> <name> <count>');
const count = Number(countArg ?? 300);
const emit = (line: string) => writeSync(1, `${line}\n`);

const services = await startServices({
  dataDir,
  clock: fixedClock('2026-03-02'),
  appVersion: 'two-process-test',
  printToPdf: async () => new Uint8Array(),
  dialogs: { chooseFolder: async () => null, saveFile: async () => null, openFile: async () => null },
  shell: { openExternal: async () => undefined, openPath: async () => '', showItemInFolder: () => undefined },
});
for (const notice of services.store.notices) emit(`notice ${notice.id}`);
emit(`ready ${services.store.readOnlyReason ? 1 : 0}`);

const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));

const weeks = services.store.plan.weeks.length;
for (let i = 0; i < count; i++) {
  const week = i % weeks;
  const text = `${name}-${i}`;
  // The week-notes channel may change shape; settings:update stays, so notes go through the store.
  const reply =
    i % 3 === 0
      ? await dispatch(services.handlers, 'settings:update', { patch: { profile: { name: text, headline: '', links: [] } } })
      : await services.store.update((plan) => void (plan.weeks[week]!.notes = text)).then(
          () => ({ ok: true as const }),
          (error: { code?: string }) => ({ ok: false as const, error: { code: error.code ?? 'unknown' } }),
        );
  if (reply.ok) emit(i % 3 === 0 ? `ack profile ${text}` : `ack ${week} ${text}`);
  else emit(`refused ${reply.error.code}`);
}
await services.close();
emit('done');
process.exit(0);

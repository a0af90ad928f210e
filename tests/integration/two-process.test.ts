/**
 * Issue 11, fault 3, with two real Node processes on one data folder: the first writes, the second
 * opens read-only and says so; every change the writer acknowledged is on disk at the end, and
 * planner.json parses and validates every time it is read while both run.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/main/core/plan-file';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { childCommand } from './crash-run';

const ROOT = resolve(import.meta.dirname, '../..');
const CHANGES = Number(process.env.PREP_PLANNER_TWO_PROCESS_CHANGES ?? 300);

interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: string[];
  waitFor(prefix: string): Promise<string>;
  exited: Promise<number | null>;
}

function start(command: string[], dataDir: string, name: string): Child {
  const child = spawn(process.execPath, [...command, dataDir, name, String(CHANGES)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: Array<{ prefix: string; resolve(line: string): void }> = [];
  let buffered = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((x) => line.startsWith(x.prefix))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const exited = new Promise<number | null>((done) => child.on('close', (code) => (code === 0 ? done(code) : (console.error(`[two-process ${name}] ${stderr.slice(0, 2000)}`), done(code)))));
  return {
    process: child,
    lines,
    exited,
    waitFor: (prefix) => {
      const seen = lines.find((l) => l.startsWith(prefix));
      return seen ? Promise.resolve(seen) : new Promise((resolveLine) => waiters.push({ prefix, resolve: resolveLine }));
    },
  };
}

describe('two processes on one data folder', () => {
  it(`the second is read-only and says so; none of ${CHANGES} acknowledged changes is lost; planner.json always valid`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-two-'));
    const command = await childCommand(join(ROOT, 'scripts/two-process-child.ts'));
    const a = start(command, dataDir, 'A');
    expect(await a.waitFor('ready ')).toBe('ready 0');
    const b = start(command, dataDir, 'B');
    expect(await b.waitFor('ready ')).toBe('ready 1');
    expect(b.lines).toContain('notice read-only-other-instance');
    expect(a.lines.filter((l) => l.startsWith('notice'))).toEqual([]);

    // Both change as fast as they can while the file is read over and over.
    let reads = 0;
    const invalid: string[] = [];
    let running = true;
    const reader = (async () => {
      while (running) {
        const text = await readFile(join(dataDir, PLAN_FILE), 'utf8');
        const outcome = parsePlanText(text);
        if (outcome.kind !== 'ok') invalid.push(outcome.kind === 'corrupt' ? outcome.reason : 'newer');
        reads++;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    a.process.stdin.write('go\n');
    b.process.stdin.write('go\n');
    const [codeA, codeB] = await Promise.all([a.exited, b.exited]);
    running = false;
    await reader;
    expect([codeA, codeB]).toEqual([0, 0]);

    const acked = a.lines.filter((l) => l.startsWith('ack '));
    expect(acked).toHaveLength(CHANGES);
    expect(b.lines.filter((l) => l.startsWith('ack '))).toEqual([]);
    expect(new Set(b.lines.filter((l) => l.startsWith('refused ')))).toEqual(new Set(['refused read-only']));
    expect(invalid).toEqual([]);
    expect(reads).toBeGreaterThan(10);

    // Zero acknowledged changes lost: the last acknowledged value of every field is on disk.
    const outcome = parsePlanText(await readFile(join(dataDir, PLAN_FILE), 'utf8'));
    if (outcome.kind !== 'ok') throw new Error('planner.json does not load');
    const last = new Map<string, string>();
    for (const line of acked) {
      const [, where, text] = line.split(' ');
      last.set(where!, text!);
    }
    const onDisk = (where: string) => (where === 'profile' ? outcome.plan.settings.profile.name : outcome.plan.weeks[Number(where)]!.notes);
    const lost = [...last].filter(([where, text]) => onDisk(where) !== text);
    console.info(`[two-process] ${acked.length} acknowledged changes by the writer, ${b.lines.filter((l) => l.startsWith('refused')).length} refused in the read-only process, ${reads} reads of planner.json all valid, lost: ${lost.length}`);
    expect(lost).toEqual([]);
    expect((await readdir(dataDir)).filter((n) => n.includes('.tmp'))).toEqual([]);
    if (command.length === 1) await rm(command[0]!, { force: true });
  }, 240_000);
});

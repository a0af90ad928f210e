import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packedPlanOf } from '../../src/main/core/boot-plan';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { dispatch } from '../../src/main/handlers/dispatch';
import { startHttpServer, type RunningServer } from '../../src/server/http-server';
import { replyBody } from '../../src/server/reply-json';
import { BootSchema } from '../../src/shared/ipc/channels/app';
import { adoptPackedPlan, packPlan, unpackPlan } from '../../src/shared/domain/packed-plan';
import type { Plan } from '../../src/shared/plan-schema';
import { postApi } from '../support/http-api-post';
import { startTestServices } from '../support/test-services';

/*
 * The server keeps app:boot's packed plan and its JSON bytes per plan object (boot-plan.ts,
 * reply-json.ts). These tests hold it to the one rule that matters: a boot reply always carries the
 * plan main holds at that moment, whatever road changed it.
 */

let env: Awaited<ReturnType<typeof startTestServices>>;
let server: RunningServer;

const post = (channel: string, body = '{}') => postApi(server, channel, body);

/** app:boot over HTTP, checked against the contract, with its plan unpacked as the page does. */
async function bootOverHttp(): Promise<{ text: string; plan: Plan }> {
  const text = await post('app:boot');
  const reply = JSON.parse(text) as { ok: boolean; data: unknown };
  expect(reply.ok).toBe(true);
  const data = BootSchema.parse(reply.data);
  return { text, plan: adoptPackedPlan(data.plan) };
}

/** main's plan as it is now, through JSON (as it would cross any transport). */
const current = (): Plan => JSON.parse(JSON.stringify(env.store.plan)) as Plan;

beforeEach(async () => {
  env = await startTestServices({ prefix: 'http-boot' });
  const rendererDir = await mkdtemp(join(tmpdir(), 'pp-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Prep Planner</title>');
  server = await startHttpServer({ handlers: env.handlers, rendererDir });
});
afterEach(async () => {
  await server.close();
  await env.store.flush();
});

describe('app:boot over HTTP from a prepared reply', () => {
  it('is the same reply the dispatcher gives, and reuses the packed plan until the plan changes', async () => {
    const first = await bootOverHttp();
    const fromDispatch = await dispatch(env.handlers, 'app:boot', {});
    expect(JSON.parse(first.text)).toEqual(JSON.parse(JSON.stringify(fromDispatch)));
    expect(first.plan).toEqual(current());
    // No change in between: the same packed object, the same bytes.
    expect(packedPlanOf(env.store.plan)).toBe(packedPlanOf(env.store.plan));
    expect((await bootOverHttp()).text).toBe(first.text);
    // One change: a new packed plan.
    const before = packedPlanOf(env.store.plan);
    await env.call('settings:update', { patch: { onboarded: !env.store.plan.settings.onboarded } });
    expect(packedPlanOf(env.store.plan)).not.toBe(before);
  });

  it('never serves a stale plan: after a change by any road, the next boot carries it', async () => {
    await bootOverHttp();
    const roads: [string, () => Promise<unknown>, (plan: Plan) => boolean][] = [
      ['a settings change over HTTP', () => post('settings:update', JSON.stringify({ patch: { profile: { name: 'Ada', headline: '', links: [] } } })), (p) => p.settings.profile.name === 'Ada'],
      [
        'a project note typed (IPC road, same dispatcher)',
        async () => {
          const id = Object.keys(env.store.plan.projects)[0]!;
          const reply = await env.call('board:update-project', { projectId: id, patch: { notes: 'Typed just now, must be in the next boot.' } });
          expect(reply.ok).toBe(true);
        },
        (p) => Object.values(p.projects)[0]!.notes === 'Typed just now, must be in the next boot.',
      ],
      [
        'a step moved on the board (store.update)',
        () =>
          env.store.update((plan) => {
            const [projectId, cells] = Object.entries(plan.board.steps).find(([, c]) => Object.values(c).some((ids) => ids.length > 0))!;
            const [from] = Object.entries(cells).find(([, ids]) => ids.length > 0)!;
            const to = plan.board.columns.find((c) => c.id !== from)!.id;
            cells[to] = [cells[from]!.shift()!, ...cells[to]!];
            plan.settings.profile.headline = `moved in ${projectId}`;
          }),
        (p) => p.settings.profile.headline.startsWith('moved in '),
      ],
      ['a whole plan replaced (undo)', () => env.store.replace({ ...current(), weeks: current().weeks.map((w, i) => (i === 0 ? { ...w, notes: 'Undone back to this.' } : w)) }), (p) => p.weeks[0]!.notes === 'Undone back to this.'],
      [
        'planner.json changed outside the app and reloaded',
        async () => {
          await env.store.flush();
          const onDisk = JSON.parse(await readFile(join(env.dataDir, PLAN_FILE), 'utf8')) as Plan;
          onDisk.settings.profile.name = 'Edited in a text editor';
          await writeFile(join(env.dataDir, PLAN_FILE), JSON.stringify(onDisk, null, 2));
          await post('app:sync', JSON.stringify({ revision: env.store.revision }));
        },
        (p) => p.settings.profile.name === 'Edited in a text editor',
      ],
    ];
    for (const [road, change, shows] of roads) {
      await change();
      const { plan } = await bootOverHttp();
      expect(shows(plan), road).toBe(true);
      expect(plan, road).toEqual(current());
    }
  });

  it('serialises any other reply (and a failed boot) as plain JSON', () => {
    const failed = { ok: false as const, error: { code: 'internal' as const, message: 'x' } };
    expect(JSON.parse(replyBody('app:boot', failed).toString('utf8'))).toEqual(failed);
    const other = { ok: true as const, data: { plan: { a: 'é ✓ "quoted"' }, revision: 3 } };
    expect(JSON.parse(replyBody('app:sync', other).toString('utf8'))).toEqual(other);
    expect(JSON.parse(replyBody('app:boot', other).toString('utf8'))).toEqual(other);
    expect(JSON.parse(replyBody('app:boot', { ok: true, data: { plan: { b: 1 } } }).toString('utf8'))).toEqual({ ok: true, data: { plan: { b: 1 } } });
  });
});

describe('adoptPackedPlan (the renderer unpacks a just-parsed reply without copying its steps)', () => {
  it('gives exactly what unpackPlan gives, key order included', () => {
    const plan = current();
    const viaCopy = unpackPlan(JSON.parse(JSON.stringify(packPlan(plan))));
    const adopted = adoptPackedPlan(JSON.parse(JSON.stringify(packPlan(plan))));
    expect(adopted).toEqual(plan);
    expect(JSON.stringify(adopted)).toBe(JSON.stringify(viaCopy));
  });
});

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { realFs, type FsPort } from '../../src/main/core/fs-port';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { startHttpServer, type RunningServer } from '../../src/server/http-server';
import { BootSchema } from '../../src/shared/ipc/channels/app';
import { adoptPackedPlan } from '../../src/shared/domain/packed-plan';
import type { Plan } from '../../src/shared/plan-schema';
import { postApi } from '../support/http-api-post';
import { startTestServices } from '../support/test-services';

/* Review 18 s5: more roads to the next boot than http-boot-reply covers (restore, import, undo, failed writes). */

let env: Awaited<ReturnType<typeof startTestServices>>;
let server: RunningServer;
let failing = false;
const fs: FsPort = {
  ...realFs,
  open: (async (...args: Parameters<typeof realFs.open>) => {
    if (failing && String(args[0]).includes('planner.json')) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    return realFs.open(...args);
  }) as typeof realFs.open,
};

const post = (channel: string, body = '{}') => postApi(server, channel, body);
async function boot(): Promise<Plan> {
  const reply = JSON.parse(await post('app:boot')) as { ok: boolean; data: unknown };
  expect(reply.ok).toBe(true);
  return adoptPackedPlan(BootSchema.parse(reply.data).plan);
}
const onDisk = async (): Promise<Plan> => JSON.parse(await readFile(join(env.dataDir, PLAN_FILE), 'utf8')) as Plan;
const strip = (p: Plan) => ({ ...p, savedAt: null });

async function start() {
  failing = false;
  env = await startTestServices({ prefix: 'rev18s5', fs });
  const rendererDir = await mkdtemp(join(tmpdir(), 'pp-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Prep Planner</title>');
  server = await startHttpServer({ handlers: env.handlers, rendererDir });
}
afterEach(async () => {
  failing = false;
  await server.close();
  await env.store.flush();
  await env.store.close();
});

describe('the next HTTP boot after other roads', () => {
  it('a refused write: the next boot shows what planner.json holds', async () => {
    await start();
    await boot();
    failing = true;
    const reply = await post('settings:update', JSON.stringify({ patch: { profile: { name: 'Never saved', headline: '', links: [] } } }));
    expect(JSON.parse(reply).ok).toBe(false);
    failing = false;
    const plan = await boot();
    expect(plan.settings.profile.name).not.toBe('Never saved');
    expect(strip(plan)).toEqual(strip(await onDisk()));
  });

  it('a boot asked while a write is in flight that then fails: the boot after it shows the disk', async () => {
    await start();
    await boot();
    failing = true;
    const change = post('settings:update', JSON.stringify({ patch: { profile: { name: 'In flight', headline: '', links: [] } } }));
    const during = boot();
    await change;
    await during;
    failing = false;
    const plan = await boot();
    expect(plan.settings.profile.name).not.toBe('In flight');
    expect(strip(plan)).toEqual(strip(await onDisk()));
  });

  it('restore from a backup, import a backup file, and undo (board:restore): the next boot carries each', async () => {
    await start();
    await boot();
    const original = (await boot()).settings.profile.name;
    // A backup file to import, holding a known name.
    const file = join(env.dataDir, '..', `rev18s5-import-${Date.now()}.json`);
    await writeFile(file, JSON.stringify({ ...(await onDisk()), settings: { ...(await onDisk()).settings, profile: { name: 'Imported', headline: '', links: [] } } }, null, 2));
    expect(JSON.parse(await post('settings:update', JSON.stringify({ patch: { profile: { name: 'Changed', headline: '', links: [] } } }))).ok).toBe(true);
    expect((await boot()).settings.profile.name).toBe('Changed');
    const imported = JSON.parse(await post('backup:import', JSON.stringify({ path: file }))) as { ok: boolean };
    expect(imported.ok).toBe(true);
    expect((await boot()).settings.profile.name).toBe('Imported');
    const list = JSON.parse(await post('backup:list')) as { ok: boolean; data: { backups: { name: string }[] } };
    const snap = list.data.backups.find((b) => b.name.includes('before-restore'));
    expect(snap).toBeDefined();
    expect(JSON.parse(await post('backup:restore', JSON.stringify({ name: snap!.name }))).ok).toBe(true);
    const back = await boot();
    expect(back.settings.profile.name).toBe('Changed');
    expect(strip(back)).toEqual(strip(await onDisk()));
    void original;
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../src/shared/ipc/channel-names';
import { contract } from '../../src/shared/ipc/contract';
import { createApi } from '../../src/shared/ipc/bridge';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { mergeHandlerGroups } from '../../src/main/handlers';
import { startTestServices } from '../support/test-services';

const testServices = () => startTestServices({ prefix: 'contract' });

describe('IPC contract', () => {
  it('pairs every channel name with schemas, and nothing else', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('refuses unknown channels and malformed payloads with typed errors, leaving the file alone', async () => {
    const { call, dataDir } = await testServices();
    const before = await readFile(join(dataDir, PLAN_FILE), 'utf8');
    expect(await call('fs:delete-everything', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await call('settings:update', { patch: { startDate: 'next tuesday' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('settings:update', { patch: {}, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('settings:update', null)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('settings:update', { patch: { pace: { mode: 'calendar', weeksPerRoadmapWeek: -1 } } })).toMatchObject({ ok: false });
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(before);
  });

  it('boots with the curriculum, the plan and today', async () => {
    const { call } = await testServices();
    const reply = await call('app:boot', {});
    expect(reply.ok).toBe(true);
    const data = (reply as { data: { today: string; curriculum: { weeks: unknown[] } } }).data;
    expect(data.today).toBe('2026-03-02');
    expect(data.curriculum.weeks).toHaveLength(26);
  });

  it('opens only web and mail links in the OS', async () => {
    const { call, sideEffects } = await testServices();
    expect(await call('shell:open-external', { url: 'https://docs.python.org/3/' })).toEqual({ ok: true, data: { opened: true } });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url', 'https://user:pw@example.com/']) {
      expect(await call('shell:open-external', { url })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(sideEffects).toEqual(['openExternal https://docs.python.org/3/']);
  });

  it('refuses two handlers for one channel', () => {
    const handler = async () => ({ opened: true });
    expect(() => mergeHandlerGroups([{ 'shell:open-external': handler }, { 'shell:open-external': handler }])).toThrow(/two handlers/);
  });

  it('lets the page call only contract channels through window.api', async () => {
    const seen: string[] = [];
    const api = createApi(async (channel) => (seen.push(channel), { ok: true, data: null }));
    expect(await api.invoke('nope:x' as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    await api.invoke('plan:get', {});
    expect(seen).toEqual(['plan:get']);
    expect(Object.isFrozen(api)).toBe(true);
  });
});

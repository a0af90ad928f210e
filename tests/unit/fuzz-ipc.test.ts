import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../src/shared/ipc/channel-names';
import { contract } from '../../src/shared/ipc/contract';
import { ErrorCodeSchema } from '../../src/shared/ipc/result';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { dispatch } from '../../src/main/handlers/dispatch';
import { startTestServices } from '../support/test-services';
import { POLLUTION_KEYS, pollutingObject, positions, replaceAt, sampleValid, withOwnKeys, wrongTypeFor } from './fuzz-payloads';

/**
 * Every channel of the contract, found at test time (so channels added later are fuzzed too), is
 * sent random and malformed payloads through the real dispatcher and handlers. A payload the
 * contract refuses must come back as a typed `invalid-input` error with the plan file byte for
 * byte unchanged and no dialog, shell or PDF call made; nothing may throw or pollute prototypes.
 */
const RUNS = Number(process.env.PREP_PLANNER_FUZZ_RUNS ?? 120);
const MB = 1024 * 1024;
const tally = { cases: 0, rejected: 0, acceptedByContract: 0 };
const noExample: string[] = [];

// Dialogs answer "cancelled": a payload that slips through must still not touch the disk.
async function fuzzServices() {
  const services = await startTestServices({ prefix: 'fuzz' });
  return { ...services, planPath: join(services.dataDir, PLAN_FILE) };
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join();
const PROTOTYPE_BEFORE = prototypeKeys();

async function expectRefusedOrHandled(app: Awaited<ReturnType<typeof fuzzServices>>, channel: string, payload: unknown) {
  tally.cases++;
  const before = await readFile(app.planPath);
  const planBefore = app.store.plan;
  const effectsBefore = app.sideEffects.length;
  const valid = (contract as Record<string, { request: { safeParse(v: unknown): { success: boolean } } }>)[channel]!.request.safeParse(payload).success;

  const reply = await dispatch(app.handlers, channel, payload, { validateReplies: true });

  expect(typeof reply.ok).toBe('boolean');
  if (!reply.ok) expect(ErrorCodeSchema.safeParse(reply.error.code).success).toBe(true);
  expect(prototypeKeys()).toBe(PROTOTYPE_BEFORE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (valid) {
    // The generator happened to build a valid call: it may act, but never crash.
    tally.acceptedByContract++;
    if (!reply.ok) expect(reply.error.code).not.toBe('internal');
    await app.store.flush();
    return;
  }
  tally.rejected++;
  expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(app.store.plan).toBe(planBefore);
  expect(app.sideEffects.length).toBe(effectsBefore);
  expect((await readFile(app.planPath)).equals(before)).toBe(true);
}

describe.each([...CHANNEL_NAMES])('fuzzing %s', (channel) => {
  const schema = contract[channel].request;
  const example = sampleValid(schema);
  if (example === undefined) noExample.push(channel);
  const base = example ?? {};
  const spots = positions(base);
  const objectSpots = spots.filter((s) => s.value !== null && typeof s.value === 'object' && !Array.isArray(s.value));
  const stringSpots = spots.filter((s) => typeof s.value === 'string');
  const property = (arb: fc.Arbitrary<unknown>) => async () => {
    const app = await fuzzServices();
    await fc.assert(fc.asyncProperty(arb, (payload) => expectRefusedOrHandled(app, channel, payload)), { numRuns: RUNS });
  };

  it('answers any JSON value with a typed result', property(fc.oneof(fc.jsonValue(), fc.anything({ maxDepth: 3 }))));

  it('refuses extra keys anywhere in a valid request', property(
    fc
      .tuple(fc.constantFrom(...objectSpots), fc.string({ minLength: 1, maxLength: 20 }), fc.jsonValue({ maxDepth: 2 }))
      .filter(([spot, key]) => !(key in (spot.value as object)))
      .map(([spot, key, value]) => replaceAt(base, spot.path, withOwnKeys(spot.value as Record<string, unknown>, { [key]: value }))),
  ));

  it('refuses wrong types at every position', property(
    fc.constantFrom(...spots).chain((spot) => wrongTypeFor(spot.value).map((wrong) => replaceAt(base, spot.path, wrong))),
  ));

  it('refuses huge strings (1 MB and more)', property(
    fc
      .tuple(fc.constantFrom(...(stringSpots.length ? stringSpots : spots)), fc.integer({ min: MB, max: MB + 4096 }), fc.constantFrom('a', '<', '\u0000', 'é'))
      .map(([spot, size, char]) => replaceAt(base, spot.path, char.repeat(size))),
  ));

  it('refuses __proto__, constructor and prototype keys', property(
    fc
      .tuple(fc.constantFrom(...objectSpots), fc.constantFrom(...POLLUTION_KEYS), fc.oneof(fc.constant({ polluted: true }), fc.jsonValue({ maxDepth: 2 })), fc.boolean())
      .map(([spot, key, inner, replace]) =>
        replaceAt(base, spot.path, replace ? pollutingObject(key, inner) : withOwnKeys(spot.value as Record<string, unknown>, pollutingObject(key, inner))),
      ),
  ));

  it('has a bounded length on every string it accepts', () => {
    // A string field without a maximum would accept the 1 MB payloads above; this names the field.
    for (const spot of stringSpots) {
      expect.soft(schema.safeParse(replaceAt(base, spot.path, 'a'.repeat(MB))).success, `${channel} ${spot.path.join('.')}`).toBe(false);
    }
  });
});

afterAll(() => {
  console.info(`[fuzz] ${tally.cases} IPC cases over ${CHANNEL_NAMES.length} channels: ${tally.rejected} refused as invalid-input, ${tally.acceptedByContract} valid by chance and handled`);
  if (noExample.length) console.info(`[fuzz] no valid example could be built for: ${noExample.join(', ')} (fuzzed from {} instead)`);
});

describe('fuzz coverage', () => {
  it('builds a valid example for the channels it knows to be satisfiable', () => {
    expect(sampleValid(contract['settings:update'].request)).toBeDefined();
    expect(sampleValid(contract['shell:open-external'].request)).toBeDefined();
  });
});

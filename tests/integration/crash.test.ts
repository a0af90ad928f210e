import { describe, expect, it } from 'vitest';
import { runCrashTest } from './crash-run';

// The full 200 kills: `npx tsx scripts/crash-test.ts --kills 200`. The default suite runs fewer.
const KILLS = Number(process.env.PREP_PLANNER_CRASH_KILLS ?? 25);

describe('crash safety', () => {
  it(`planner.json survives ${KILLS} SIGKILLs at random moments of moves, ticks and settings changes`, async () => {
    const summary = await runCrashTest({ kills: KILLS });
    console.info(`[crash test] kills survived ${summary.survived}/${summary.tried}; ${summary.acks} acknowledged changes; ${summary.killedDuringStartup} kills during start-up; paths ${JSON.stringify(summary.paths)}`);
    expect(summary.failures).toEqual([]);
    expect(summary.survived).toBe(KILLS);
    // The children really worked between kills: a test that never wrote anything proves nothing.
    expect(summary.acks).toBeGreaterThan(KILLS);
  }, 30_000 + KILLS * 4_000);
});

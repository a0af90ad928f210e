import { describe, expect, it } from 'vitest';
import { runCrashTest } from './crash-run';

// The full 200 kills: `npx tsx scripts/crash-test.ts --kills 200`. The default suite runs fewer.
const KILLS = Number(process.env.PREP_PLANNER_CRASH_KILLS ?? 12);

describe('crash safety', () => {
  it(`planner.json survives ${KILLS} SIGKILLs at random moments of moves, ticks, settings, restores and backup rotation, with outside edits between kills`, async () => {
    const summary = await runCrashTest({ kills: KILLS });
    console.info(
      `[crash test] kills survived ${summary.survived}/${summary.tried}; acknowledged changes lost ${summary.acknowledgedLost} of ${summary.acks}; ` +
        `leftover files ${summary.leftovers.length} ${JSON.stringify(summary.leftovers)}; kills during start-up ${summary.killedDuringStartup}, restore ${summary.killedDuringRestore}, ` +
        `backup rotation ${summary.killedDuringRotation}; outside edits ${summary.outsideEdits}; paths ${JSON.stringify(summary.paths)}`,
    );
    expect(summary.failures).toEqual([]);
    expect(summary.acknowledgedLost).toBe(0);
    expect(summary.leftovers.length).toBeLessThanOrEqual(1);
    // Restores and backup rotation really ran between kills (acknowledged, or cut short by a kill).
    expect((summary.paths['backup:restore'] ?? 0) + (summary.paths['rotate-backups'] ?? 0) + summary.killedDuringRestore + summary.killedDuringRotation).toBeGreaterThan(0);
    expect(summary.survived).toBe(KILLS);
    // The children really worked between kills: a test that never wrote anything proves nothing.
    expect(summary.acks).toBeGreaterThan(KILLS);
  }, 120_000 + KILLS * 15_000);
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStressPlan, loadCurriculumData } from '../../scripts/generate-stress-plan';
import { serializePlan } from '../../src/main/core/plan-file';
import { BootSchema } from '../../src/shared/ipc/channels/app';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { packPlan, unpackPlan } from '../../src/shared/domain/packed-plan';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';

const curriculum = loadCurriculumData();

/** How many times `needle` occurs in `text` (non-overlapping). */
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

/** A stress plan with the odd cases a real one has: archived and deleted steps, an own project, an empty lane. */
function mixedPlan(): Plan {
  const plan = generateStressPlan(curriculum, { projects: 30, stepsPerProject: 4, notesChars: 200 });
  const steps = Object.values(plan.steps);
  plan.steps[steps[0]!.id] = { ...steps[0]!, state: 'archived' };
  plan.steps[steps[5]!.id] = { ...steps[5]!, state: 'deleted' };
  const own = Object.keys(plan.projects).at(-1)!;
  plan.projects[own] = { ...plan.projects[own]!, custom: true, text: { name: 'My own tracker', description: 'Mine.', stack: 'Python, Flask' } };
  // A project whose steps were all removed keeps a lane of empty cells.
  const bare = Object.keys(plan.projects)[3]!;
  for (const id of Object.values(plan.board.steps[bare]!).flat()) delete plan.steps[id];
  plan.board.steps[bare] = Object.fromEntries(plan.board.columns.map((c) => [c.id, []]));
  return PlanSchema.parse(plan);
}

describe('the plan as app:boot sends it (packed: each piece of data once)', () => {
  it('unpacks to exactly the plan main holds: default, stress, and odd cases', () => {
    for (const plan of [createDefaultPlan(curriculum, '2026-03-02'), generateStressPlan(curriculum, { projects: 200 }), mixedPlan()]) {
      // Through JSON, as it crosses IPC or HTTP.
      const back = unpackPlan(JSON.parse(JSON.stringify(packPlan(plan))));
      expect(back).toEqual(plan);
      expect(PlanSchema.safeParse(back).success).toBe(true);
      // Steps come back in board order: lanes, then columns, then positions.
      const laneOrder = Object.values(plan.board.steps).flatMap((cells) => Object.values(cells).flat());
      expect(Object.keys(back.steps)).toEqual(laneOrder);
    }
  });

  it('app:boot carries each step, each project and each note once, and fits the contract', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-boot-reply-'));
    const plan = mixedPlan();
    await writeFile(join(dataDir, 'planner.json'), serializePlan(plan));
    const { call, store } = await startTestServices({ dataDir });
    const reply = await call('app:boot', {});
    expect(reply.ok).toBe(true);
    const data = BootSchema.parse((reply as { data: unknown }).data);
    const text = JSON.stringify(data);
    const planText = JSON.stringify(data.plan);

    for (const id of Object.keys(plan.steps)) expect(occurrences(text, `"${id}"`), `step ${id}`).toBe(1);
    // A project id is the key of its progress and its lane, and sits in its board cell: three references, one record.
    // (The curriculum beside it names its own projects: that is the roadmap, not the plan.)
    for (const id of Object.keys(plan.projects)) expect(occurrences(planText, `"${id}"`), `project ${id}`).toBe(3);
    for (const [id, progress] of Object.entries(plan.projects)) expect(occurrences(text, JSON.stringify(progress.notes)), `notes of ${id}`).toBe(1);
    for (const [i, week] of plan.weeks.entries()) expect(occurrences(text, JSON.stringify(week.notes)), `notes of week ${i + 1}`).toBe(1);
    expect(text).not.toContain('"projectId"');
    expect(Object.keys(data.plan)).not.toContain('steps');
    // The one plan, once: nothing else in the reply repeats it.
    expect(Object.keys(data).sort()).toEqual(['appVersion', 'changes', 'curriculum', 'dataDir', 'notices', 'plan', 'revision', 'roadmapId', 'shell', 'today']);

    expect(unpackPlan(data.plan)).toEqual(store.plan);
    await store.flush();
  });

  it('is much smaller than the plan at 2,000 projects', () => {
    const plan = generateStressPlan(curriculum, { projects: 2000, notesChars: 0 });
    const packed = JSON.stringify(packPlan(plan)).length;
    // Sizes, not timings: each of the 20,000 steps loses its repeated id and project id.
    expect(packed).toBeLessThan(JSON.stringify(plan).length * 0.75);
  });
});

import { describe, expect, it } from 'vitest';
import { generateStressPlan, loadCurriculumData } from '../../scripts/generate-stress-plan';
import { boardIntegrityIssues, PlanSchema } from '../../src/shared/plan-schema';
import { serializePlan } from '../../src/main/core/plan-file';
import { median, p95, percentile } from '../../bench/stats';
import { figure } from '../../bench/results';

describe('benchmark stress plan', () => {
  const curriculum = loadCurriculumData();
  const plan = generateStressPlan(curriculum);

  it('is a plan the app accepts, with 200 projects and 2,000 steps on the board', () => {
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(boardIntegrityIssues(plan)).toEqual([]);
    expect(Object.keys(plan.projects)).toHaveLength(200);
    expect(Object.keys(plan.steps)).toHaveLength(2000);
    const onBoard = Object.values(plan.board.steps).flatMap((lane) => Object.values(lane).flat());
    expect(new Set(onBoard).size).toBe(2000);
  });

  it('keeps the ten curriculum projects and their built-in steps, so reconciling adds nothing', () => {
    for (const project of curriculum.projects) {
      expect(plan.projects[project.id]).toBeDefined();
      project.steps.forEach((title, i) => expect(plan.steps[`${project.id}--step-${i + 1}`]).toMatchObject({ title, builtin: true }));
    }
  });

  it('spreads projects and steps over every column and ticks every goal of all 26 weeks', () => {
    for (const column of plan.board.columns) {
      expect(plan.board.projects[column.id]).toHaveLength(40);
      const stepsHere = Object.values(plan.board.steps).reduce((n, lane) => n + (lane[column.id]?.length ?? 0), 0);
      expect(stepsHere).toBe(400);
    }
    expect(plan.weeks).toHaveLength(26);
    plan.weeks.forEach((week, i) => {
      expect(week.status).toBe('done');
      expect(week.goalsDone).toHaveLength(curriculum.weeks[i]!.goals.length);
      expect(week.goalsDone.every((d) => d !== null)).toBe(true);
    });
  });

  it('weighs about 1 MB on disk, the size the store-write target is set for', () => {
    const bytes = Buffer.byteLength(serializePlan(plan));
    expect(bytes).toBeGreaterThan(900_000);
    expect(bytes).toBeLessThan(1_200_000);
  });
});

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles: values that were measured', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted input
    expect(median(values)).toBe(10);
    expect(p95(values)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('judges a figure against its target on the statistic the target names', () => {
    const samples = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 90];
    expect(figure('x', 'ms', samples, { max: 50, on: 'median' }).met).toBe(true);
    expect(figure('x', 'ms', samples, { max: 50, on: 'p95' })).toMatchObject({ median: 10, p95: 10, met: true });
    expect(figure('x', 'ms', [...samples, 90], { max: 50, on: 'p95' })).toMatchObject({ p95: 90, met: false });
    expect(figure('x', 'ms', samples).met).toBeNull();
  });
});

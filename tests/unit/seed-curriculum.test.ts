import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import roadmap from '../../curriculum/roadmap.json';
import overlay from '../../curriculum/seed-overlay.json';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { importRoadmapMarkdown } from '../../src/shared/import/import-roadmap';
import { curriculumFromSeed, serializeCurriculum } from '../../src/shared/import/seed-curriculum';

const read = (name: string) => readFileSync(new URL(`../../curriculum/${name}`, import.meta.url), 'utf8');

function seedCurriculum() {
  const result = importRoadmapMarkdown(read('seed-roadmap.md'));
  if (!result.ok) throw new Error(result.error.message);
  return curriculumFromSeed(result.roadmap, overlay);
}

describe('the built-in curriculum comes from the seed through the importer', () => {
  const shipped = loadCurriculum();
  const fromSeed = seedCurriculum();
  // As the app sees it: the week-project link rule (issue 15) sets each project's weeks on both.
  const loadedFromSeed = loadCurriculum(fromSeed);

  it('the repo copy of the seed is the shared seed document', () => {
    // The seed lives in the repo so tests never read outside it; this pins it to the original text.
    expect(read('seed-roadmap.md')).toMatch(/^# Python-Preperation-Statergy\n/);
    expect(read('seed-roadmap.md')).toContain('| 26       | **Final Enhancements & Portfolio**');
  });

  it('equals the shipped curriculum, field by field', () => {
    expect(Object.keys(fromSeed)).toEqual(Object.keys(roadmap));
    expect(loadedFromSeed).toEqual(shipped);
    expect([fromSeed.title, fromSeed.subtitle, fromSeed.source]).toEqual([shipped.title, shipped.subtitle, shipped.source]);
    expect(fromSeed.weeks).toHaveLength(shipped.weeks.length);
    fromSeed.weeks.forEach((week, i) => {
      const want = shipped.weeks[i]!;
      expect(week.number, `week ${i + 1} number`).toBe(want.number);
      expect(week.focus, `week ${i + 1} focus`).toBe(want.focus);
      expect(week.goals, `week ${i + 1} goals`).toEqual(want.goals);
      expect(week.tasks, `week ${i + 1} tasks`).toEqual(want.tasks);
    });
    expect(fromSeed.projects).toHaveLength(shipped.projects.length);
    loadedFromSeed.projects.forEach((project, i) => {
      const want = shipped.projects[i]!;
      for (const key of Object.keys(want) as (keyof typeof want)[]) {
        expect(project[key], `project ${want.id} ${key}`).toEqual(want[key]);
      }
    });
    expect(fromSeed.notes).toEqual(shipped.notes);
    expect(fromSeed).toEqual(roadmap);
  });

  it('roadmap.json is byte for byte what `npm run curriculum` writes, so the two never drift', () => {
    expect(serializeCurriculum(fromSeed)).toBe(read('roadmap.json'));
  });

  it('takes only the project weeks from the overlay, and refuses an overlay that drifts from the seed', () => {
    expect(Object.keys(overlay)).toEqual(['$comment', 'projectWeeks']);
    const result = importRoadmapMarkdown(read('seed-roadmap.md'));
    if (!result.ok) throw new Error(result.error.message);
    const missing = structuredClone(overlay) as { projectWeeks: Record<string, number[]> };
    delete missing.projectWeeks['job-scraper'];
    expect(() => curriculumFromSeed(result.roadmap, missing)).toThrow('seed-overlay.json gives no weeks for the project job-scraper');
    const extra = structuredClone(overlay) as { projectWeeks: Record<string, number[]> };
    extra.projectWeeks['space-invaders'] = [1];
    expect(() => curriculumFromSeed(result.roadmap, extra)).toThrow('seed-overlay.json names projects the seed does not have: space-invaders');
  });

  it('an edit to the seed shows in the generated curriculum (the JSON is not hand-kept)', () => {
    const edited = read('seed-roadmap.md').replace('**Web Scraping**', '**Web Scraping and APIs**');
    const result = importRoadmapMarkdown(edited);
    if (!result.ok) throw new Error(result.error.message);
    expect(curriculumFromSeed(result.roadmap, overlay).weeks[6]!.focus).toBe('Web Scraping and APIs');
  });
});

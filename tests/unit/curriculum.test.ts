import { describe, expect, it } from 'vitest';
import roadmap from '../../curriculum/roadmap.json';
import { loadCurriculum } from '../../src/main/core/curriculum';

describe('built-in curriculum', () => {
  const curriculum = loadCurriculum();

  it('has all 26 weeks and 10 projects, in order', () => {
    expect(curriculum.weeks).toHaveLength(26);
    expect(curriculum.weeks.map((w) => w.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(curriculum.projects).toHaveLength(10);
    expect(curriculum.notes.map((n) => n.title)).toEqual(['Flexibility', 'Progressive Learning', 'Portfolio Building']);
  });

  it('keeps every goal and task line of the roadmap', () => {
    const week8 = curriculum.weeks[7]!;
    expect(week8.focus).toBe('Database Interaction');
    expect(week8.goals).toEqual(['Learn SQL basics.', 'Use `sqlite3` and ORMs like SQLAlchemy.', 'Perform CRUD operations.']);
    expect(curriculum.weeks[0]!.tasks[0]!.links).toEqual([
      { label: 'HackerRank', url: 'https://www.hackerrank.com/domains/tutorials/10-days-of-python' },
    ]);
    expect(curriculum.weeks[10]!.tasks[0]!.links[0]!.label).toBe('Kaggle');
    expect(curriculum.weeks.reduce((n, w) => n + w.goals.length, 0)).toBe(72);
  });

  it('describes each project with its steps, stack tags and weeks', () => {
    const byName = new Map(curriculum.projects.map((p) => [p.name, p]));
    expect(byName.get('Weather Forecast API')!.steps).toEqual([
      'Use OpenWeather API for data.',
      'Build the API with Flask.',
      'Add rate limiting and caching.',
    ]);
    expect(byName.get('Expense Tracker with Charts')!.stack).toContain('Plotly');
    expect(byName.get('Job Scraper')!.weeks).toEqual([7]); // by the rule in week-project-links.json
    expect(byName.get('Library Management System')!.stack).toEqual(['Python', 'Flask', 'Django', 'SQLite']);
  });

  it('refuses a curriculum file with a missing week or a bad link', () => {
    const broken = structuredClone(roadmap);
    broken.weeks.pop();
    expect(() => loadCurriculum(broken)).toThrow(/weeks/);
    const badLink = structuredClone(roadmap);
    badLink.weeks[0]!.tasks[0]!.links[0]!.url = 'javascript:alert(1)';
    expect(() => loadCurriculum(badLink)).toThrow(/invalid/);
  });
});

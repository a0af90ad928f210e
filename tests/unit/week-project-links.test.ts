import { describe, expect, it } from 'vitest';
import roadmap from '../../curriculum/roadmap.json';
import links from '../../curriculum/week-project-links.json';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { weekLinkIssues, weeksForStack } from '../../src/shared/domain/week-project-links';
import { WeekProjectLinksSchema } from '../../src/shared/week-project-links-schema';

const curriculum = loadCurriculum();
const rule = WeekProjectLinksSchema.parse(links);
const projectsOfWeek = (n: number) => curriculum.projects.filter((p) => p.weeks.includes(n)).map((p) => p.name);

describe('week ↔ project links come from one rule (issue 15)', () => {
  it('every project is checked against the rule: each technology of its stack is placed or stated as not taught', () => {
    expect(weekLinkIssues(curriculum, rule)).toEqual([]);
    for (const project of curriculum.projects) {
      expect(project.weeks, project.name).toEqual(weeksForStack(project.stack, rule));
      expect(project.weeks.length, project.name).toBeGreaterThan(0);
      for (const tech of project.stack) {
        const placed = rule.everywhere.includes(tech) || (rule.teaches[tech] ?? []).length > 0 || tech in rule.notTaught;
        expect(placed, `${project.name}: ${tech}`).toBe(true);
      }
    }
  });

  it('week 9 "Flask Basics" links all nine projects that use Flask', () => {
    expect(curriculum.weeks[8]!.focus).toBe('Flask Basics');
    const flask = curriculum.projects.filter((p) => p.stack.some((t) => t === 'Flask' || t.startsWith('Flask-'))).map((p) => p.name);
    expect(flask).toHaveLength(9);
    expect(projectsOfWeek(9).sort()).toEqual(flask.sort());
    expect(projectsOfWeek(10).sort()).toEqual(['Capstone E-Commerce App', 'Library Management System'].sort());
  });

  it('no week covers MongoDB, and the data says so in words', () => {
    expect(rule.teaches.MongoDB).toBeUndefined();
    expect(rule.notTaught.MongoDB).toMatch(/No week covers MongoDB/);
    const weekMentions = curriculum.weeks.filter((w) => JSON.stringify(w).toLowerCase().includes('mongo'));
    expect(weekMentions).toEqual([]);
    // The Job Scraper still fits the week that teaches its scraping library.
    expect(curriculum.projects.find((p) => p.id === 'job-scraper')!.weeks).toEqual([7]);
  });

  it('every week the rule names teaches what the rule says (its text names the technology)', () => {
    const words: Record<string, RegExp> = {
      Flask: /flask/i, Django: /django/i, 'Flask-SocketIO': /flask|websocket/i, WebSocket: /websocket/i, 'REST API': /api/i,
      SQLite: /sqlite/i, BeautifulSoup: /beautifulsoup/i, 'Scikit-Learn': /scikit|model|ml/i, NLTK: /nltk/i, SpaCy: /spacy/i,
      Plotly: /visuali[sz]ation|dashboard/i, AWS: /aws|deploy/i,
    };
    for (const [tech, weeks] of Object.entries(rule.teaches)) {
      expect(words[tech], `a check for ${tech}`).toBeDefined();
      for (const w of weeks) expect(JSON.stringify(curriculum.weeks[w - 1]), `week ${w} for ${tech}`).toMatch(words[tech]!);
    }
  });

  it('refuses a rule that misses a technology or names a week the roadmap lacks', () => {
    const missing = { ...rule, notTaught: { React: rule.notTaught.React! } };
    expect(() => loadCurriculum(roadmap, missing)).toThrow(/no rule for MongoDB/);
    const farWeek = { ...rule, teaches: { ...rule.teaches, NLTK: [40] } };
    expect(() => loadCurriculum(roadmap, farWeek)).toThrow(/week 40/);
  });
});

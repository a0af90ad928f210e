import { loadCurriculum } from '../../src/main/core/curriculum';
import { scaffoldProjectFrom } from '../../src/main/core/scaffold/project-info';
import { resolveStack } from '../../src/main/core/scaffold/resolve-stack';
import type { ScaffoldProject } from '../../src/main/core/scaffold/template-values';
import { createDefaultPlan } from '../../src/shared/default-plan';

/**
 * Every project a learner can scaffold, as the app hands them to the scaffolder: the ten roadmap
 * projects (through project-info, so "Flask/Django" is resolved the app's way), the library and
 * the Capstone with Django chosen instead, the scraper and the chat with a Docker step, and
 * projects a user added with their own name and stack (two of them named like real modules).
 */
export function allScaffoldProjects(): ScaffoldProject[] {
  const curriculum = loadCurriculum();
  const plan = createDefaultPlan(curriculum, '2026-03-02');
  const roadmap = curriculum.projects.map((p) => scaffoldProjectFrom(curriculum, plan, p.id));
  const byId = (id: string) => roadmap.find((p) => p.id === id)!;
  const library = byId('library-management-system');
  const capstone = byId('capstone-e-commerce-app');
  const docker = { title: 'Ship it with Docker.', done: false };
  return [
    ...roadmap,
    { ...library, id: 'library-django', name: 'Library Management System (Django)', stack: resolveStack(curriculum.projects[0]!.stack, 'Django') },
    // Django + React + Docker: the Capstone with Django chosen.
    { ...capstone, id: 'capstone-django', name: 'Capstone E-Commerce App (Django)', stack: resolveStack(curriculum.projects.find((p) => p.id === capstone.id)!.stack, 'Django') },
    // The deploy part on a batch job and on a Socket.IO server (a step asks for Docker).
    { ...byId('job-scraper'), id: 'job-scraper-docker', name: 'Job Scraper (Docker)', steps: [...byId('job-scraper').steps, docker] },
    { ...byId('chat-application'), id: 'chat-docker', name: 'Chat Application (Docker)', steps: [...byId('chat-application').steps, docker] },
    // Names that would hide a real module as a package (flask, tests).
    { id: 'user-flask', name: 'Flask', description: 'Trying Flask out.', stack: ['Flask'], stackText: 'Flask', steps: [], weeks: [] },
    { id: 'user-tests', name: 'Tests', description: 'Practice writing tests.', stack: ['Python'], stackText: 'Python', steps: [], weeks: [] },
    {
      id: 'user-recipe-box',
      name: 'Recipe Box',
      description: 'My own little project: keep recipes and find them again.',
      stack: ['Python'],
      stackText: 'Python',
      steps: [{ title: 'Store recipes in a JSON file.', done: false }],
      weeks: [],
    },
    {
      id: 'user-plant-tracker',
      name: 'Plant Watering Tracker',
      description: 'Remind me which plants need water.',
      stack: ['Flask', 'React', 'Docker'],
      stackText: 'Flask, React, Docker',
      steps: [{ title: 'Add rate limiting to the API.', done: false }, { title: 'Ship it with Docker.', done: false }],
      weeks: [],
    },
  ];
}

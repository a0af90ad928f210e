import { loadCurriculum } from '../../src/main/core/curriculum';
import { scaffoldProjectFrom } from '../../src/main/core/scaffold/project-info';
import { resolveStack } from '../../src/main/core/scaffold/resolve-stack';
import type { ScaffoldProject } from '../../src/main/core/scaffold/template-values';
import { createDefaultPlan } from '../../src/shared/default-plan';

/**
 * Every project a learner can scaffold, as the app hands them to the scaffolder: the ten roadmap
 * projects (through project-info, so "Flask/Django" is resolved the app's way), the library with
 * Django chosen instead, and two projects a user added with their own name and stack.
 */
export function allScaffoldProjects(): ScaffoldProject[] {
  const curriculum = loadCurriculum();
  const plan = createDefaultPlan(curriculum, '2026-03-02');
  const roadmap = curriculum.projects.map((p) => scaffoldProjectFrom(curriculum, plan, p.id));
  const library = roadmap[0]!;
  return [
    ...roadmap,
    { ...library, id: 'library-django', name: 'Library Management System (Django)', stack: resolveStack(curriculum.projects[0]!.stack, 'Django') },
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

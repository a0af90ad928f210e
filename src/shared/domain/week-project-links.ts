import type { Curriculum } from '../curriculum-schema';
import type { WeekProjectLinks } from '../week-project-links-schema';

/**
 * Week ↔ project links from one rule (curriculum/week-project-links.json, issue 15): a project
 * fits every week that teaches a technology of its stack. Hand-typed week lists per project drift
 * (week 9 "Flask Basics" was linked to 2 of the 9 Flask projects); this cannot.
 */

/** The weeks a stack fits, ascending. Unknown and not-taught technologies add none. */
export function weeksForStack(stack: readonly string[], links: WeekProjectLinks): number[] {
  const weeks = new Set<number>();
  for (const tech of stack) for (const w of links.teaches[tech] ?? []) weeks.add(w);
  return [...weeks].sort((a, b) => a - b);
}

/**
 * What is wrong between the rule and the curriculum, in words (empty when all is well): a
 * technology of some project that the rule neither places in a week nor states as not taught, a
 * week number the roadmap does not have, a technology listed twice, a project that fits no week.
 */
export function weekLinkIssues(curriculum: Pick<Curriculum, 'weeks' | 'projects'>, links: WeekProjectLinks): string[] {
  const issues: string[] = [];
  const known = (tech: string) => links.everywhere.includes(tech) || tech in links.teaches || tech in links.notTaught;
  for (const [tech, weeks] of Object.entries(links.teaches)) {
    if (tech in links.notTaught || links.everywhere.includes(tech)) issues.push(`${tech} is listed both as taught and elsewhere`);
    for (const w of weeks) if (w > curriculum.weeks.length) issues.push(`${tech} is taught in week ${w}, which the roadmap does not have`);
  }
  for (const project of curriculum.projects) {
    for (const tech of project.stack) if (!known(tech)) issues.push(`${project.name}: no rule for ${tech} (add it under "teaches" or "notTaught")`);
    if (weeksForStack(project.stack, links).length === 0) issues.push(`${project.name} fits no roadmap week`);
  }
  return issues;
}

/**
 * The curriculum with every project's `weeks` set by the rule (roadmap.json's own lists are not
 * used), and the rule kept on it (`weekLinks`) so a stack the learner writes is linked the same way.
 */
export function withRuleWeeks(curriculum: Curriculum, links: WeekProjectLinks): Curriculum {
  return { ...curriculum, projects: curriculum.projects.map((p) => ({ ...p, weeks: weeksForStack(p.stack, links) })), weekLinks: links };
}

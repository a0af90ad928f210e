import roadmap from '../../../curriculum/roadmap.json';
import weekProjectLinks from '../../../curriculum/week-project-links.json';
import { CurriculumSchema, type Curriculum } from '@shared/curriculum-schema';
import { weekLinkIssues, withRuleWeeks } from '@shared/domain/week-project-links';
import { WeekProjectLinksSchema } from '@shared/week-project-links-schema';

/**
 * Validates the built-in curriculum and links its weeks and projects by the one rule in
 * curriculum/week-project-links.json; a broken data file is a build fault, so it fails loudly.
 */
export function loadCurriculum(raw: unknown = roadmap, rawLinks: unknown = weekProjectLinks): Curriculum {
  const parsed = CurriculumSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`curriculum/roadmap.json is invalid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const links = WeekProjectLinksSchema.safeParse(rawLinks);
  if (!links.success) {
    throw new Error(`curriculum/week-project-links.json is invalid:\n${links.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const issues = weekLinkIssues(parsed.data, links.data);
  if (issues.length) throw new Error(`curriculum/week-project-links.json does not fit the roadmap:\n${issues.map((i) => `  ${i}`).join('\n')}`);
  return withRuleWeeks(parsed.data, links.data);
}

/** The web framework a learner picks where the roadmap offers "Flask/Django". */
export type WebFramework = 'Flask' | 'Django';

/** Flask unless the learner chose otherwise: the smaller framework is the gentler start. */
export const DEFAULT_FRAMEWORK: WebFramework = 'Flask';

/**
 * The stack a scaffold is built for: where the roadmap offers a choice (both `Flask` and `Django`
 * in the list, from "Flask/Django"), only the chosen framework stays; everything else is kept in
 * order. `['Python', 'Flask', 'Django', 'SQLite']` → `['Python', 'Flask', 'SQLite']` by default.
 */
export function resolveStack(stack: readonly string[], framework: WebFramework = DEFAULT_FRAMEWORK): string[] {
  if (!(stack.includes('Flask') && stack.includes('Django'))) return [...stack];
  const other: WebFramework = framework === 'Flask' ? 'Django' : 'Flask';
  return stack.filter((tag) => tag !== other);
}

import escapeHtml from 'escape-html';
import { domainFor, type Domain } from './domains';
import { domainValues } from './domain-values';
import { distributionName, pythonPackageName } from './folder-name';
import { kindValues } from './kind-values';
import { chooseTemplate, type TemplateChoice } from './template-kind';
import { oneLine, quoted } from './text';

/** What a scaffold needs to know about a project, whatever its source (curriculum or user). */
export interface ScaffoldProject {
  id: string;
  name: string;
  description: string;
  /** The resolved stack (see resolve-stack.ts): "Flask/Django" is already one of the two. */
  stack: string[];
  /** The stack as the roadmap writes it ("Python, Flask/Django, SQLite"). */
  stackText: string;
  steps: Array<{ title: string; done: boolean }>;
  weeks: Array<{ number: number; focus: string }>;
}

/** The PyPI packages a stack needs, each once, in stack order; unknown tags add nothing. */
export function dependenciesFor(stack: readonly string[], stackPackages: Readonly<Record<string, string[]>>): string[] {
  const seen = new Set<string>();
  for (const tag of stack) for (const name of Object.hasOwn(stackPackages, tag) ? stackPackages[tag]! : []) seen.add(name);
  return [...seen];
}

/** The template parts and add-ons for a project (a pure function of its stack and texts). */
export const templateChoiceFor = (project: ScaffoldProject): TemplateChoice =>
  chooseTemplate(project.stack, project.steps.map((s) => s.title), `${project.name}\n${project.description}`);

/** The record type CRUD-style templates are built around (books, items, expenses, …). */
export const projectDomain = (project: ScaffoldProject): Domain =>
  domainFor(project.name, `${project.description}\n${project.steps.map((s) => s.title).join('\n')}`);

const listOr = (items: string[], empty: string) => (items.length ? items.join('\n') : empty);

/** The placeholder values for one project (see resources/templates/README.md for the list). */
export function templateValues(
  project: ScaffoldProject,
  options: {
    folderName: string;
    stackPackages: Readonly<Record<string, string[]>>;
    today: string;
    choice?: TemplateChoice;
    /** The record type; by default the one the project's words pick (see projectDomain). */
    domain?: Domain;
    /** Paths of the files the scaffold writes, for the README's "What is here". */
    files?: readonly string[];
  },
): Record<string, string> {
  const choice = options.choice ?? templateChoiceFor(project);
  const packageName = pythonPackageName(options.folderName);
  const deps = [...new Set([...dependenciesFor(project.stack, options.stackPackages), ...choice.extraDependencies])];
  const name = oneLine(project.name) || options.folderName;
  const description = oneLine(project.description);
  const domain = options.domain ?? projectDomain(project);
  return {
    project_name: name,
    project_name_quoted: quoted(name),
    project_name_html: escapeHtml(name),
    description,
    description_quoted: quoted(description),
    project_id: project.id,
    slug: options.folderName,
    distribution_name: distributionName(options.folderName),
    package_name: packageName,
    stack: oneLine(project.stackText) || project.stack.map(oneLine).join(', '),
    stack_list: listOr(project.stack.map((tag) => `- ${oneLine(tag)}`), '- (none listed)'),
    steps_checklist: listOr(project.steps.map((s) => `- [${s.done ? 'x' : ' '}] ${oneLine(s.title)}`), '- [ ] Plan the first step'),
    weeks_list: listOr(project.weeks.map((w) => `- Week ${w.number}: ${oneLine(w.focus)}`), '- (not linked to a week)'),
    dependencies_toml: deps.map((d) => `    ${quoted(d)},`).join('\n'),
    dependencies_list: listOr(deps.map((d) => `- \`${d}\``), '- (none: the standard library is enough to start)'),
    created_on: options.today,
    template_kind: choice.kind,
    layout_list: listOr((options.files ?? []).map((f) => `- \`${f}\``), '- (see the folder)'),
    ...domainValues(domain),
    ...kindValues(choice, packageName, options.folderName, domain),
  };
}

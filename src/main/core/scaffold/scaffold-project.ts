import { join } from 'node:path';
import type { FsPort } from '../fs-port';
import { projectFolderName, pythonPackageName } from './folder-name';
import { LAYOUT_FILE, STANDALONE_FILES, layoutFileContent, layoutNotice, readFolderLayout, type ScaffoldLayout } from './scaffold-layout';
import { loadStackPackages, loadTemplateParts, renderTemplate, renderTemplatePath } from './templates';
import { projectDomain, templateChoiceFor, templateValues, type ScaffoldProject } from './template-values';
import { resolveWorkspace, writeScaffold, type ScaffoldFile, type ScaffoldOutcome } from './write-scaffold';

export interface ScaffoldRequest {
  templatesDir: string;
  workspaceDir: string;
  project: ScaffoldProject;
  /** YYYY-MM-DD, from main's clock. */
  today: string;
}

/** The folder a project's scaffold goes to (not resolved: for display and status checks). */
export const plannedProjectFolder = (workspaceDir: string, project: Pick<ScaffoldProject, 'name' | 'id'>): string =>
  join(workspaceDir, projectFolderName(project.name, project.id));

/** The layout the project's stack, steps and words pick today (template-kind.ts, domains.ts). */
export const currentLayout = (project: ScaffoldProject): ScaffoldLayout => ({ choice: templateChoiceFor(project), domain: projectDomain(project) });

/**
 * The files of `project`'s scaffold, rendered: the parts of `layout` (by default the current one),
 * a later part's file replacing an earlier one at the same path, sorted by path. The layout
 * record (LAYOUT_FILE) is not among them.
 */
export async function renderScaffold(
  fs: FsPort,
  templatesDir: string,
  project: ScaffoldProject,
  today: string,
  layout: ScaffoldLayout = currentLayout(project),
): Promise<{ folderName: string; files: ScaffoldFile[] }> {
  const { choice, domain } = layout;
  const [template, stackPackages] = await Promise.all([loadTemplateParts(fs, templatesDir, choice.parts), loadStackPackages(fs, templatesDir)]);
  const folderName = projectFolderName(project.name, project.id);
  // Paths use only name-like placeholders, so a first pass without the file list is enough for them.
  const pathValues = templateValues(project, { folderName, stackPackages, today, choice, domain });
  const byPath = new Map<string, string>();
  for (const file of template) byPath.set(renderTemplatePath(file.path, pathValues), file.content);
  const paths = [...byPath.keys()].sort();
  const values = templateValues(project, { folderName, stackPackages, today, choice, domain, files: [...paths, LAYOUT_FILE].sort() });
  return { folderName, files: paths.map((path) => ({ path, content: renderTemplate(byPath.get(path)!, values) })) };
}

/**
 * Renders the templates for `project` and writes the missing files (see writeScaffold). A folder
 * made before keeps the layout it was made with (scaffold-layout.ts); `notice` says so in plain
 * words when that layout is not the one the project would get today.
 */
export async function scaffoldProject(fs: FsPort, request: ScaffoldRequest): Promise<ScaffoldOutcome & { notice?: string }> {
  const { project } = request;
  const folderName = projectFolderName(project.name, project.id);
  const root = await resolveWorkspace(fs, request.workspaceDir);
  const found = await readFolderLayout(fs, join(root, folderName), pythonPackageName(folderName));
  const current = currentLayout(project);
  const layout = found.state === 'recorded' ? found.layout : current;
  const { files } = await renderScaffold(fs, request.templatesDir, project, request.today, layout);
  const chosen = found.state === 'unknown'
    ? files.filter((f) => STANDALONE_FILES.includes(f.path))
    : [...files, { path: LAYOUT_FILE, content: layoutFileContent(layout) }].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const outcome = await writeScaffold(fs, { workspaceDir: request.workspaceDir, folderName, files: chosen });
  const notice = layoutNotice(found, current);
  return notice ? { ...outcome, notice } : outcome;
}

import { join } from 'node:path';
import type { FsPort } from '../fs-port';
import { projectFolderName } from './folder-name';
import { loadStackPackages, loadTemplateParts, renderTemplate, renderTemplatePath } from './templates';
import { templateChoiceFor, templateValues, type ScaffoldProject } from './template-values';
import { writeScaffold, type ScaffoldFile, type ScaffoldOutcome } from './write-scaffold';

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

/**
 * The files of `project`'s scaffold, rendered: the parts chosen for its stack (template-kind.ts),
 * a later part's file replacing an earlier one at the same path, sorted by path.
 */
export async function renderScaffold(fs: FsPort, templatesDir: string, project: ScaffoldProject, today: string): Promise<{ folderName: string; files: ScaffoldFile[] }> {
  const choice = templateChoiceFor(project);
  const [template, stackPackages] = await Promise.all([loadTemplateParts(fs, templatesDir, choice.parts), loadStackPackages(fs, templatesDir)]);
  const folderName = projectFolderName(project.name, project.id);
  // Paths use only name-like placeholders, so a first pass without the file list is enough for them.
  const pathValues = templateValues(project, { folderName, stackPackages, today, choice });
  const byPath = new Map<string, string>();
  for (const file of template) byPath.set(renderTemplatePath(file.path, pathValues), file.content);
  const paths = [...byPath.keys()].sort();
  const values = templateValues(project, { folderName, stackPackages, today, choice, files: paths });
  return { folderName, files: paths.map((path) => ({ path, content: renderTemplate(byPath.get(path)!, values) })) };
}

/** Renders the templates for `project` and writes the missing files (see writeScaffold). */
export async function scaffoldProject(fs: FsPort, request: ScaffoldRequest): Promise<ScaffoldOutcome> {
  const { folderName, files } = await renderScaffold(fs, request.templatesDir, request.project, request.today);
  return writeScaffold(fs, { workspaceDir: request.workspaceDir, folderName, files });
}

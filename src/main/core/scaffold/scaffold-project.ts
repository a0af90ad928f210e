import { join } from 'node:path';
import type { FsPort } from '../fs-port';
import { projectFolderName } from './folder-name';
import { loadProjectTemplate, loadStackPackages, renderTemplate, renderTemplatePath } from './templates';
import { templateValues, type ScaffoldProject } from './template-values';
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

/** Renders the templates for `project` and writes the missing files (see writeScaffold). */
export async function scaffoldProject(fs: FsPort, request: ScaffoldRequest): Promise<ScaffoldOutcome> {
  const [template, stackPackages] = await Promise.all([
    loadProjectTemplate(fs, request.templatesDir),
    loadStackPackages(fs, request.templatesDir),
  ]);
  const folderName = projectFolderName(request.project.name, request.project.id);
  const values = templateValues(request.project, { folderName, stackPackages, today: request.today });
  const files = new Map<string, ScaffoldFile>();
  for (const file of template) {
    const path = renderTemplatePath(file.path, values);
    if (!files.has(path)) files.set(path, { path, content: renderTemplate(file.content, values) });
  }
  return writeScaffold(fs, { workspaceDir: request.workspaceDir, folderName, files: [...files.values()] });
}

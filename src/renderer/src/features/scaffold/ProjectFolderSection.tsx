/**
 * The "Project folder" part of a project's card details: create, open, reveal, recreate.
 * Placeholder until the scaffolding feature lands; the board renders it inside card details.
 */
export function ProjectFolderSection(_props: { projectId: string }) {
  return null;
}

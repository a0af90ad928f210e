import { z } from 'zod';
import { IdSchema, PlanSchema } from '../../plan-schema';

const ProjectRequest = z.strictObject({ projectId: IdSchema });

export const FolderStatusSchema = z.strictObject({
  workspaceDir: z.string().nullable(),
  /** The folder recorded for the project (null until one was created). */
  folder: z.string().nullable(),
  /** Whether the recorded folder is still there, as a folder. */
  exists: z.boolean(),
  /** Where "Create project folder" would put it, given the current workspace. */
  plannedFolder: z.string().nullable(),
});
export type FolderStatus = z.infer<typeof FolderStatusSchema>;

export const ScaffoldReportSchema = z.strictObject({
  plan: PlanSchema,
  folder: z.string(),
  /** Workspace-relative paths created by this run; folders end with `/`. */
  created: z.array(z.string()),
  /** Workspace-relative paths that existed already and were left untouched. */
  kept: z.array(z.string()),
  /** Why the folder kept an earlier layout, in plain words (absent when nothing needs saying). */
  notice: z.string().optional(),
  /** What became of the optional first Git commit (absent when the setting is off). */
  git: z.strictObject({ status: z.enum(['committed', 'skipped', 'failed']), message: z.string() }).optional(),
});
export type ScaffoldReport = z.infer<typeof ScaffoldReportSchema>;

export const scaffoldChannels = {
  'scaffold:status': { request: ProjectRequest, reply: FolderStatusSchema },
  /**
   * Sets the workspace folder: with `path` (the browser's path field) main checks that it is a full
   * path to an existing, writable folder; without it main asks with the OS dialog, and `cancelled`
   * says the user closed it.
   */
  'scaffold:choose-workspace': {
    request: z.strictObject({ path: z.string().trim().min(1).max(4096).optional() }),
    reply: z.strictObject({ plan: PlanSchema, cancelled: z.boolean() }),
  },
  'scaffold:create': { request: ProjectRequest, reply: ScaffoldReportSchema },
  /** Opens the project's recorded folder (never a path from the page) or shows it in its parent. */
  'scaffold:open': {
    request: z.strictObject({ projectId: IdSchema, how: z.enum(['open', 'reveal']) }),
    reply: z.strictObject({ opened: z.boolean() }),
  },
};

import { z } from 'zod';
import { EXPORT_FORMATS } from '../../export/formats';
import { PlanSchema } from '../../plan-schema';
import { PortfolioPreviewRequestSchema, PortfolioPreviewSchema } from './portfolio-preview';

const Cancelled = z.strictObject({ status: z.literal('cancelled') });

export const BackupEntrySchema = z.strictObject({
  /** The file name, which is also how a restore names it (never a path from the renderer). */
  name: z.string(),
  kind: z.enum(['daily', 'snapshot']),
  /** 'YYYYMMDDTHHMMSS' (a daily copy's stamp is the end of its day). */
  stamp: z.string(),
  reason: z.string().nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

/** An export handed to the page as a download: text as is, PDF bytes as base64. */
export const DownloadSchema = z.strictObject({
  status: z.literal('download'),
  fileName: z.string(),
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type Download = z.infer<typeof DownloadSchema>;

const Restored = z.strictObject({
  status: z.literal('restored'),
  plan: PlanSchema,
  /** File name of the snapshot of the plan as it was just before the restore. */
  snapshot: z.string(),
});

export const portfolioChannels = {
  /**
   * `to: 'file'` asks where to save with the OS dialog and writes the file; `to: 'download'` (browser
   * mode, where main has no dialog) hands the bytes back for the page to offer as a download.
   */
  'portfolio:export': {
    request: z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      to: z.enum(['file', 'download']).default('file'),
      /**
       * The reader's locale (BCP 47, e.g. "en-GB"): the portfolio's dates are written in it, as the
       * preview shows them (check s6, fault 13). Without it they stay YYYY-MM-DD.
       */
      locale: z.string().min(2).max(35).regex(/^[A-Za-z0-9-]+$/, 'must be a language tag such as en-GB').optional(),
    }),
    reply: z.discriminatedUnion('status', [
      Cancelled,
      z.strictObject({ status: z.literal('saved'), path: z.string(), bytes: z.int().min(0) }),
      DownloadSchema,
    ]),
  },
  /**
   * The Portfolio view's preview, built by main from the saved plan with the options the page shows:
   * the model the exporters draw, with each shown note split into text and links as the files do.
   */
  'portfolio:preview': { request: PortfolioPreviewRequestSchema, reply: PortfolioPreviewSchema },
  'backup:list': {
    request: z.strictObject({}),
    reply: z.strictObject({ backups: z.array(BackupEntrySchema), dir: z.string() }),
  },
  'backup:restore': {
    request: z.strictObject({ name: z.string().min(1).max(200) }),
    reply: Restored,
  },
  /** Without `path` main asks with the OS dialog; with it (browser mode's path field) it reads that file. */
  'backup:import': {
    request: z.strictObject({ path: z.string().trim().min(1).max(4096).optional() }),
    reply: z.discriminatedUnion('status', [Cancelled, Restored.extend({ source: z.string() })]),
  },
};

import { z } from 'zod';
import { EXPORT_FORMATS } from '../../export/formats';
import { PlanSchema } from '../../plan-schema';

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

const Restored = z.strictObject({
  status: z.literal('restored'),
  plan: PlanSchema,
  /** File name of the snapshot of the plan as it was just before the restore. */
  snapshot: z.string(),
});

export const portfolioChannels = {
  'portfolio:export': {
    request: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
    reply: z.discriminatedUnion('status', [Cancelled, z.strictObject({ status: z.literal('saved'), path: z.string(), bytes: z.int().min(0) })]),
  },
  'backup:list': {
    request: z.strictObject({}),
    reply: z.strictObject({ backups: z.array(BackupEntrySchema), dir: z.string() }),
  },
  'backup:restore': {
    request: z.strictObject({ name: z.string().min(1).max(200) }),
    reply: Restored,
  },
  'backup:import': {
    request: z.strictObject({}),
    reply: z.discriminatedUnion('status', [Cancelled, Restored.extend({ source: z.string() })]),
  },
};

import { z } from 'zod';
import { RoadmapCurriculumSchema } from '../../roadmap-curriculum-schema';
import { CalendarDateSchema, PlanSchema, SettingsSchema } from '../../plan-schema';
import { PackedPlanSchema } from '../../packed-plan-schema';
import { RoadmapIdSchema } from './roadmaps';

const None = z.strictObject({});

export const NoticeSchema = z.strictObject({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  title: z.string(),
  message: z.string(),
  /** A file the notice is about (e.g. where a corrupt plan was moved), shown so the user can find it. */
  path: z.string().optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const BootSchema = z.strictObject({
  /** The open roadmap's curriculum: the built-in one or an imported one (see roadmaps:switch). */
  curriculum: RoadmapCurriculumSchema,
  /** The plan with each piece of data once (packed-plan.ts); the renderer unpacks it. */
  plan: PackedPlanSchema,
  today: CalendarDateSchema,
  notices: z.array(NoticeSchema),
  dataDir: z.string(),
  appVersion: z.string(),
  /** Goes up each time main replaces the plan as a whole (restore, outside change); see app:sync. */
  revision: z.int().min(0),
  /** Main's change count when this plan was sent (PlanStore.changes); app:sync compares it. */
  changes: z.int().min(0).optional(),
  /**
   * Which shell runs main: 'desktop' (Electron: native dialogs, the OS opens folders) or 'browser'
   * (the local server: the page asks for paths in fields and gets exports as downloads).
   */
  shell: z.enum(['desktop', 'browser']).default('desktop'),
  /** Which roadmap is open ('builtin' or an imported one's id): drafts and undo belong to it. */
  roadmapId: z.string().max(80).default('builtin'),
});
export type Boot = z.infer<typeof BootSchema>;

/**
 * Settings the renderer may change in one go; each key replaces the stored value whole. Start date
 * and pace are not here: they change only through the roadmap's channel, which also anchors the
 * re-plan so finished weeks keep their real dates.
 */
export const SettingsPatchSchema = SettingsSchema.pick({
  onboarded: true,
  profile: true,
  portfolio: true,
})
  .partial()
  // Not picked: the schema's default would fill it into every patch and switch it back on.
  .extend({ scaffoldGit: z.boolean().optional(), nudges: z.boolean().optional() });

export const appChannels = {
  'app:boot': { request: None, reply: BootSchema },
  'app:dismiss-notice': { request: z.strictObject({ id: z.string().max(200) }), reply: z.array(NoticeSchema) },
  /** Main's calendar day now: the renderer asks again while it stays open, so "today" follows midnight. */
  'app:today': { request: None, reply: z.strictObject({ today: CalendarDateSchema }) },
  'plan:get': { request: None, reply: PlanSchema },
  /**
   * What changed in main since the renderer's revision: the plan when it was replaced (restore, an
   * outside change loaded, a recovery), and the current notices. The renderer asks every few
   * seconds and after a restore; a new revision means its undo history no longer applies.
   */
  'app:sync': {
    /**
     * `changes`: the change count the page has seen every change up to (boot, its own replies,
     * earlier syncs). When main's count differs, another tab or window changed the plan and the
     * reply carries the plan (with the same revision: the page's undo still applies, guarded).
     */
    request: z.strictObject({
      revision: z.int().min(0),
      changes: z.int().min(0).optional(),
      /**
       * The roadmap the page booted on. When another tab or window has switched roadmaps since,
       * main answers with no plan (never another roadmap's plan under this page's curriculum) and
       * names the roadmap open now, so the page can start over on it (check5 s8, N1).
       */
      roadmapId: RoadmapIdSchema.optional(),
    }),
    reply: z.strictObject({
      revision: z.int().min(0),
      plan: PlanSchema.nullable(),
      notices: z.array(NoticeSchema),
      changes: z.int().min(0).optional(),
      /** The roadmap open in main now ('builtin' or an imported one's id). */
      roadmapId: RoadmapIdSchema.optional(),
    }),
  },
  'settings:update': { request: z.strictObject({ patch: SettingsPatchSchema }), reply: PlanSchema },
  'shell:open-external': {
    request: z.strictObject({ url: z.string().max(4000) }),
    reply: z.strictObject({ opened: z.boolean() }),
  },
};

import { z } from 'zod';

/** 'builtin' (the shipped roadmap) or an imported roadmap's folder name under `<dataDir>/roadmaps/`. */
export const RoadmapIdSchema = z.string().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a roadmap id');

export const RoadmapEntrySchema = z.strictObject({
  id: RoadmapIdSchema,
  title: z.string(),
  subtitle: z.string(),
  weeks: z.int().min(0),
  projects: z.int().min(0),
  builtin: z.boolean(),
  /** The file it was imported from (its name only), or null for the built-in roadmap. */
  sourceName: z.string().nullable(),
  importedOn: z.string().nullable(),
});
export type RoadmapEntry = z.infer<typeof RoadmapEntrySchema>;

const ColumnReportSchema = z.strictObject({ header: z.string(), role: z.string().nullable() });
const TableReportSchema = z.strictObject({ line: z.int(), rows: z.int(), columns: z.array(ColumnReportSchema) });

/** What the importer recognised (import/roadmap-types.ts ImportReport), shown before the learner switches. */
export const ImportReportSchema = z.strictObject({
  format: z.enum(['table', 'checklist']),
  weeklyTable: TableReportSchema,
  projectsTable: TableReportSchema.nullable(),
  unit: z.enum(['week', 'day', 'month']),
  remarks: z.array(z.string()),
});

export const RoadmapListSchema = z.strictObject({ active: RoadmapIdSchema, roadmaps: z.array(RoadmapEntrySchema) });

export const roadmapsChannels = {
  /** Every roadmap in the data folder and which one is open. */
  'roadmaps:list': { request: z.strictObject({}), reply: RoadmapListSchema },
  /**
   * Imports a Markdown roadmap as a new roadmap with its own plan (it does not switch to it).
   * Without a source main asks with the OS dialog; `path` is a typed full path (browser mode);
   * `markdown` is a file dropped on the window, read by the page. Bad input changes nothing.
   */
  'roadmaps:import': {
    request: z.union([
      z.strictObject({ path: z.string().trim().min(1).max(4096).optional() }),
      z.strictObject({ markdown: z.string().max(1_000_000), fileName: z.string().trim().min(1).max(255) }),
    ]),
    reply: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('cancelled') }),
      z.strictObject({ status: z.literal('imported'), roadmap: RoadmapEntrySchema, report: ImportReportSchema }),
    ]),
  },
  /** Closes the open roadmap's plan and opens this one's; the page then boots again. */
  'roadmaps:switch': { request: z.strictObject({ id: RoadmapIdSchema }), reply: RoadmapListSchema },
  /** Removes an imported roadmap that is not open, after copying its folder into `<dataDir>/backups/`. */
  'roadmaps:remove': {
    request: z.strictObject({ id: RoadmapIdSchema }),
    reply: z.strictObject({ list: RoadmapListSchema, backup: z.string() }),
  },
};

import { join } from 'node:path';
import { z } from 'zod';
import { RoadmapIdSchema } from '@shared/ipc/channels/roadmaps';
import { AtomicWriter } from '../atomic-writer';
import { isErrno, type FsPort } from '../fs-port';

/** `<dataDir>/roadmaps/`: one folder per imported roadmap, and the index beside them. */
export const ROADMAPS_DIR = 'roadmaps';
export const INDEX_FILE = 'index.json';
/** Inside a roadmap's folder: the importer's output, validated; its plan is `planner.json` as usual. */
export const CURRICULUM_FILE = 'curriculum.json';
export const BUILTIN_ID = 'builtin';

const IndexEntrySchema = z.strictObject({
  id: RoadmapIdSchema,
  title: z.string().max(300),
  subtitle: z.string().max(300),
  weeks: z.int().min(1).max(200),
  projects: z.int().min(0).max(200),
  sourceName: z.string().max(255),
  importedOn: z.string().max(40),
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export const RoadmapIndexSchema = z.strictObject({
  version: z.literal(1),
  /** The roadmap opened at start: 'builtin' or one of `roadmaps`. */
  active: RoadmapIdSchema,
  roadmaps: z.array(IndexEntrySchema).max(200),
});
export type RoadmapIndex = z.infer<typeof RoadmapIndexSchema>;

export const EMPTY_INDEX: RoadmapIndex = { version: 1, active: BUILTIN_ID, roadmaps: [] };

export const roadmapsDir = (dataDir: string) => join(dataDir, ROADMAPS_DIR);
/** The folder a roadmap's plan lives in: the data folder itself for the built-in one. */
export const roadmapDir = (dataDir: string, id: string) => (id === BUILTIN_ID ? dataDir : join(dataDir, ROADMAPS_DIR, id));

/**
 * Reads `roadmaps/index.json`. Missing: only the built-in roadmap exists (every data folder made
 * before several roadmaps). Unreadable or damaged: also the built-in one, with `problem` saying
 * why, so the app still starts on the learner's first plan; the file is left as it is.
 */
export async function readIndex(fs: FsPort, dataDir: string): Promise<{ index: RoadmapIndex; problem: string | null }> {
  const path = join(roadmapsDir(dataDir), INDEX_FILE);
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return { index: structuredClone(EMPTY_INDEX), problem: null };
    return { index: structuredClone(EMPTY_INDEX), problem: `${path} could not be read` };
  }
  try {
    const parsed = RoadmapIndexSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    if (parsed.success) return { index: parsed.data, problem: null };
  } catch {
    // not JSON: reported below
  }
  return { index: structuredClone(EMPTY_INDEX), problem: `${path} is damaged` };
}

/** Writes the index atomically (temp file, sync, rename), so a crash leaves the old or the new one. */
export function writeIndex(fs: FsPort, dataDir: string, index: RoadmapIndex): Promise<void> {
  const writer = new AtomicWriter(join(roadmapsDir(dataDir), INDEX_FILE), fs);
  return writer.write(`${JSON.stringify(RoadmapIndexSchema.parse(index), null, 2)}\n`);
}

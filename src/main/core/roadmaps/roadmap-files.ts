import { cp } from 'node:fs/promises';
import { basename, join } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { fileStamp } from '@shared/calendar';
import type { Curriculum } from '@shared/curriculum-schema';
import { AppError } from '@shared/ipc/result';
import { RoadmapCurriculumSchema } from '@shared/roadmap-curriculum-schema';
import { AtomicWriter } from '../atomic-writer';
import type { Clock } from '../clock';
import { describeFsError, isErrno, type FsPort } from '../fs-port';
import { LOCK_DIR, LOCK_OWNER_FILE } from '../data-lock';
import { BUILTIN_ID, CURRICULUM_FILE, roadmapDir, roadmapsDir, type RoadmapIndex } from './roadmap-index';

/** A roadmap document is a few kB; the importer refuses more than 1 MB of text anyway. */
export const MAX_ROADMAP_FILE_BYTES = 2 * 1024 * 1024;

/**
 * A folder name for a new roadmap from its title ("Python → ML, 30 days!" -> `python-ml-30-days`),
 * unique among the roadmaps listed and the folders already there (a leftover is never reused).
 */
export function newRoadmapId(title: string, index: RoadmapIndex, existingFolders: readonly string[]): string {
  const base = slugify(title, { decamelize: false }).slice(0, 60).replace(/-+$/, '') || 'roadmap';
  const taken = new Set([BUILTIN_ID, ...index.roadmaps.map((r) => r.id), ...existingFolders]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Reads a roadmap file the learner picked; every failure is a sentence that names the file. */
export async function readRoadmapFile(fs: FsPort, path: string): Promise<string> {
  const name = basename(path);
  const info = await fs.stat(path).catch((error: unknown) => {
    throw new AppError('io-error', `${name} could not be opened: ${describeFsError(error)}. Nothing was imported.`);
  });
  if (!info.isFile()) throw new AppError('invalid-input', `${name} is not a file. Choose a Markdown (.md) file. Nothing was imported.`);
  if (info.size > MAX_ROADMAP_FILE_BYTES) throw new AppError('invalid-input', `${name} is ${Math.round(info.size / 1024)} kB, too large for a roadmap document. Nothing was imported.`);
  return fs.readFile(path, 'utf8').catch((error: unknown) => {
    throw new AppError('io-error', `${name} could not be read: ${describeFsError(error)}. Nothing was imported.`);
  });
}

/** Writes a new roadmap's curriculum into its own, new folder (made here: an existing one is refused). */
export async function writeRoadmapFolder(fs: FsPort, dataDir: string, id: string, curriculum: Curriculum): Promise<string> {
  const dir = roadmapDir(dataDir, id);
  await fs.mkdir(roadmapsDir(dataDir), { recursive: true });
  await fs.mkdir(dir);
  await new AtomicWriter(join(dir, CURRICULUM_FILE), fs).write(`${JSON.stringify(curriculum, null, 2)}\n`);
  return dir;
}

/**
 * An imported roadmap's curriculum from its folder, validated as when it was imported. Throws
 * AppError with a sentence naming the roadmap's folder when it is missing or damaged.
 */
export async function readRoadmapCurriculum(fs: FsPort, dataDir: string, id: string, title: string): Promise<Curriculum> {
  const path = join(roadmapDir(dataDir, id), CURRICULUM_FILE);
  const text = await fs.readFile(path, 'utf8').catch((error: unknown) => {
    throw new AppError(isErrno(error, 'ENOENT') ? 'not-found' : 'io-error', `The roadmap "${title}" could not be opened: ${path} ${isErrno(error, 'ENOENT') ? 'is missing' : `could not be read (${describeFsError(error)})`}.`);
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    raw = null;
  }
  const parsed = RoadmapCurriculumSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('invalid-input', `The roadmap "${title}" could not be opened: ${path} is damaged.`);
  return parsed.data;
}

/**
 * Copies a roadmap's folder (its curriculum, plan and backups; not its lock) to
 * `<dataDir>/backups/removed-<id>-<time>/` and returns that folder. A copy cut short is removed,
 * so a failure leaves the roadmap as it was and no half copy.
 */
export async function backUpRoadmapFolder(fs: FsPort, dataDir: string, id: string, clock: Clock): Promise<string> {
  const from = roadmapDir(dataDir, id);
  const to = join(dataDir, 'backups', `removed-${id}-${fileStamp(clock.now())}`);
  const skip = new Set([LOCK_DIR, LOCK_OWNER_FILE]);
  try {
    await fs.mkdir(join(dataDir, 'backups'), { recursive: true });
    await cp(from, to, { recursive: true, errorOnExist: true, force: false, filter: (source) => !skip.has(basename(source)) });
  } catch (error) {
    await fs.rm(to, { recursive: true, force: true }).catch(() => undefined);
    throw new AppError('io-error', `The roadmap could not be backed up first (${describeFsError(error)}), so it was not removed.`);
  }
  return to;
}

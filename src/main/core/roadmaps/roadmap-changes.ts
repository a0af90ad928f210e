import type { z } from 'zod';
import { toCalendarDate } from '@shared/calendar';
import type { ImportReportSchema, RoadmapEntry } from '@shared/ipc/channels/roadmaps';
import { AppError } from '@shared/ipc/result';
import { importRoadmapMarkdown } from '@shared/import/import-roadmap';
import { applyImportedProgress, curriculumFromImport, weekLengths } from '@shared/import/roadmap-to-curriculum';
import { RoadmapCurriculumSchema } from '@shared/roadmap-curriculum-schema';
import { distinctTitle } from '@shared/roadmap-names';
import { describeFsError } from '../fs-port';
import { PlanStore } from '../plan-store';
import { BUILTIN_ID, roadmapDir, roadmapsDir, type IndexEntry } from './roadmap-index';
import { backUpRoadmapFolder, newRoadmapId, writeRoadmapFolder } from './roadmap-files';
import type { ChannelHandlers, RoadmapList, RoadmapSession, RoadmapSessionOptions } from './roadmap-session';

type ImportReport = z.infer<typeof ImportReportSchema>;
const rowsText = (n: number) => (n === 1 ? '1 row is' : `${n} rows are`);

/**
 * Imports a Markdown roadmap as a new roadmap beside the others (the open one stays open). The
 * document is judged completely first: a fault comes back as AppError naming the file, the table,
 * the row and what is wrong, and nothing is written. Then its own folder gets the curriculum and
 * a fresh plan (row lengths as week lengths, a checklist's progress, the learner's profile), and
 * last the index lists it; a failure on the way removes the new folder again.
 */
export async function importRoadmap<H extends ChannelHandlers>(
  session: RoadmapSession<H>,
  options: Pick<RoadmapSessionOptions<H>, 'dataDir' | 'clock' | 'fs'>,
  text: string,
  sourceName: string,
): Promise<{ status: 'imported'; roadmap: RoadmapEntry; report: ImportReport }> {
  const today = toCalendarDate(options.clock.now());
  const result = importRoadmapMarkdown(text, { today });
  if (!result.ok) throw new AppError('invalid-input', `${sourceName} was not imported: ${result.error.message}${/[.!?]$/.test(result.error.message) ? '' : '.'} Nothing was changed.`);
  const curriculum = RoadmapCurriculumSchema.safeParse(curriculumFromImport(result.roadmap));
  if (!curriculum.success) {
    const first = curriculum.error.issues[0]!;
    throw new AppError('invalid-input', `${sourceName} was not imported: ${first.path.join(' ')} ${first.message}. Nothing was changed.`);
  }
  const { factors, clamped } = weekLengths(result.roadmap);
  const report: ImportReport = { ...result.report, remarks: [...result.report.remarks] };
  if (clamped.short) report.remarks.push(`${rowsText(clamped.short)} shorter than a quarter week, so planned as a quarter week (a plan week's shortest length).`);
  if (clamped.long) report.remarks.push(`${rowsText(clamped.long)} longer than four weeks, so planned as four weeks (a plan week's longest length).`);
  const profile = structuredClone(session.store.plan.settings.profile);

  return session.manage(async (index) => {
    const folders = await options.fs.readdir(roadmapsDir(options.dataDir)).catch(() => [] as string[]);
    const id = newRoadmapId(result.roadmap.title, index, folders);
    // A name already listed (the built-in one, an earlier import of the same file) gets " (2)", … in
    // the list and the header; the curriculum keeps the document's own title, so its checklist round-trips.
    const builtinTitle = session.list().roadmaps.find((r) => r.builtin)?.title ?? '';
    const title = distinctTitle(result.roadmap.title, [builtinTitle, ...index.roadmaps.map((r) => r.title)]);
    if (title !== result.roadmap.title) report.remarks.push(`A roadmap called “${result.roadmap.title}” is already listed, so this one is called “${title}”.`);
    const entry: IndexEntry = {
      id,
      title,
      subtitle: result.roadmap.subtitle,
      weeks: curriculum.data.weeks.length,
      projects: curriculum.data.projects.length,
      sourceName,
      importedOn: today,
    };
    let made = false;
    let store: PlanStore | null = null;
    try {
      const dir = await writeRoadmapFolder(options.fs, options.dataDir, id, curriculum.data);
      made = true;
      store = await PlanStore.open({ dataDir: dir, curriculum: curriculum.data, clock: options.clock, fs: options.fs });
      await store.update((plan) => {
        plan.weeks.forEach((week, i) => (week.lengthFactor = factors[i] ?? 1));
        applyImportedProgress(plan, result.progress);
        plan.settings.profile = profile;
      });
      await store.close();
      store = null;
      await session.saveIndex({ ...index, roadmaps: [...index.roadmaps, entry] });
    } catch (error) {
      await store?.close().catch(() => undefined);
      if (made) await options.fs.rm(roadmapDir(options.dataDir, id), { recursive: true, force: true }).catch(() => undefined);
      const why = error instanceof AppError ? error.message : describeFsError(error);
      throw new AppError('io-error', `${sourceName} could not be saved as a roadmap (${why}). Nothing was changed.`);
    }
    return { status: 'imported' as const, roadmap: session.list().roadmaps.find((r) => r.id === id)!, report };
  });
}

/**
 * Removes an imported roadmap that is not open: its folder is first copied to
 * `<dataDir>/backups/removed-<id>-<time>/` (a failed copy stops here, nothing removed), then the
 * index drops it, then its folder goes. Returns the new list and the backup folder.
 */
export async function removeRoadmap<H extends ChannelHandlers>(
  session: RoadmapSession<H>,
  options: Pick<RoadmapSessionOptions<H>, 'dataDir' | 'clock' | 'fs'>,
  id: string,
): Promise<{ list: RoadmapList; backup: string }> {
  return session.manage(async (index) => {
    if (id === BUILTIN_ID) throw new AppError('invalid-input', 'The built-in roadmap cannot be removed. Nothing was changed.');
    const entry = index.roadmaps.find((r) => r.id === id);
    if (!entry) throw new AppError('not-found', `There is no roadmap ${id}. Nothing was changed.`);
    if (session.id === id) throw new AppError('conflict', `"${entry.title}" is open. Switch to another roadmap first, then remove it. Nothing was changed.`);
    const backup = await backUpRoadmapFolder(options.fs, options.dataDir, id, options.clock);
    try {
      await session.saveIndex({ ...index, roadmaps: index.roadmaps.filter((r) => r.id !== id) });
    } catch (error) {
      await options.fs.rm(backup, { recursive: true, force: true }).catch(() => undefined);
      throw new AppError('io-error', `"${entry.title}" could not be removed (${describeFsError(error)}). Nothing was changed.`);
    }
    // Listed nowhere now; a folder that will not go is only a leftover (the backup has it all).
    await options.fs.rm(roadmapDir(options.dataDir, id), { recursive: true, force: true }).catch(() => undefined);
    return { list: session.list(), backup };
  });
}

import { isAbsolute } from 'node:path';
import { defaultFileName, FORMAT_INFO, type ExportFormat } from '@shared/export/formats';
import { renderHtml } from '@shared/export/html';
import { renderICalendar } from '@shared/export/ical';
import { renderProgressChecklist } from '@shared/export/progress-checklist';
import { renderMarkdown } from '@shared/export/markdown';
import { formatDate } from '@shared/display-dates';
import { buildPortfolioModel } from '@shared/export/portfolio-model';
import { buildPortfolioPreview } from '@shared/export/portfolio-preview';
import { AppError } from '@shared/ipc/result';
import { today } from '../core/clock';
import { resolveExportTarget, writeExportFile } from '../core/export-file';
import { serializePlan } from '../core/plan-file';
import { readBackupFile, restorePlan } from '../core/restore';
import type { HandlerDeps } from './deps';
import type { HandlerGroup } from './types';

/** The export as a browser download: text as is, bytes (PDF) as base64 so they survive JSON. */
function downloadOf(data: string | Uint8Array, fileName: string, mimeType: string) {
  return typeof data === 'string'
    ? { status: 'download' as const, fileName, mimeType, encoding: 'utf8' as const, content: data }
    : { status: 'download' as const, fileName, mimeType, encoding: 'base64' as const, content: Buffer.from(data).toString('base64') };
}

const BACKUP_FILTERS = [{ name: FORMAT_INFO.backup.filterName, extensions: ['json'] }];

export function createPortfolioHandlers(deps: HandlerDeps): HandlerGroup<'portfolio:export' | 'portfolio:preview' | 'backup:list' | 'backup:restore' | 'backup:import'> {
  const { store } = deps;

  /** The open roadmap's name as the picker lists it ("… (2)" for an imported copy); the document's title without a roadmap list. */
  const roadmapName = (): string => {
    const list = deps.roadmaps?.list();
    const id = deps.roadmapId ?? list?.active;
    return list?.roadmaps.find((r) => r.id === id)?.title ?? deps.curriculum.title;
  };

  /** The export's bytes, from the stored plan and its stored options: what the preview shows. */
  const render = async (format: ExportFormat, locale?: string): Promise<string | Uint8Array> => {
    const plan = store.plan;
    if (format === 'backup') return serializePlan(plan);
    if (format === 'ical') return renderICalendar({ curriculum: deps.curriculum, plan, today: today(deps.clock), now: deps.clock.now(), roadmapId: deps.roadmapId ?? 'builtin', name: roadmapName() });
    if (format === 'checklist') return renderProgressChecklist(deps.curriculum, plan, today(deps.clock));
    const model = buildPortfolioModel(deps.curriculum, plan, plan.settings.portfolio, today(deps.clock));
    // The dates as the preview writes them, in the reader's locale (labels.ts DayWriter).
    const day = locale ? (d: string) => formatDate(d, locale, 'day') : undefined;
    if (format === 'markdown') return renderMarkdown(model, day);
    const html = renderHtml(model, day);
    if (format === 'html') return html;
    const pdf = await deps.printToPdf(html).catch((error: unknown) => {
      throw new AppError('internal', `The PDF could not be made: ${(error as Error)?.message ?? error}. No file was written.`);
    });
    return pdf;
  };

  return {
    'portfolio:export': async ({ format, to, locale }) => {
      const info = FORMAT_INFO[format];
      if (to === 'download') return downloadOf(await render(format, locale), defaultFileName(format, store.plan.settings.profile.name, today(deps.clock)), info.mimeType);
      const chosen = await deps.dialogs.saveFile({
        title: format === 'backup' ? 'Save a backup of your plan' : format === 'ical' ? 'Export the roadmap to your calendar' : format === 'checklist' ? 'Export the roadmap with your progress' : `Export portfolio as ${info.label}`,
        defaultName: defaultFileName(format, store.plan.settings.profile.name, today(deps.clock)),
        filters: [{ name: info.filterName, extensions: [info.extension] }],
      });
      if (chosen === null) return { status: 'cancelled' };
      const path = await resolveExportTarget(deps.fs, chosen, info.extension);
      const data = await render(format, locale);
      await writeExportFile(deps.fs, path, data);
      return { status: 'saved', path, bytes: typeof data === 'string' ? new TextEncoder().encode(data).length : data.length };
    },
    // The same builder, plan and day as render() above; only the options come from the page (its checkboxes).
    'portfolio:preview': async ({ options }) => buildPortfolioPreview(deps.curriculum, store.plan, options, today(deps.clock)),
    'backup:list': async () => {
      const list = await store.backups.list();
      return { dir: store.backups.dir, backups: list.map(({ name, kind, stamp, reason }) => ({ name, kind, stamp, reason })) };
    },
    'backup:restore': async ({ name }) => {
      // Looked up by name among the listed files, so the renderer can never point at another path.
      const entry = (await store.backups.list()).find((b) => b.name === name);
      if (!entry) throw new AppError('not-found', `The backup ${name} no longer exists. Your plan was not changed.`);
      const plan = await readBackupFile(deps.fs, entry.path, deps.curriculum);
      return { status: 'restored', ...(await restorePlan(store, plan)) };
    },
    'backup:import': async (request) => {
      if (request.path !== undefined && !isAbsolute(request.path)) {
        throw new AppError('invalid-input', `Type the backup file's full path (for example /home/you/prep-planner-backup.json); got ${request.path}.`);
      }
      const path = request.path ?? await deps.dialogs.openFile({ title: 'Restore a Prep Planner backup', filters: BACKUP_FILTERS });
      if (path === null) return { status: 'cancelled' };
      const plan = await readBackupFile(deps.fs, path, deps.curriculum);
      return { status: 'restored', source: path, ...(await restorePlan(store, plan)) };
    },
  };
}

import slugify from '@sindresorhus/slugify';
import type { CalendarDate } from '../plan-schema';

export const EXPORT_FORMATS = ['markdown', 'html', 'pdf', 'backup', 'ical', 'checklist'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface FormatInfo {
  /** The noun used in dialogs and messages. */
  label: string;
  extension: string;
  filterName: string;
  /** Sent with a browser download. */
  mimeType: string;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  markdown: { label: 'Markdown', extension: 'md', filterName: 'Markdown', mimeType: 'text/markdown; charset=utf-8' },
  html: { label: 'web page', extension: 'html', filterName: 'Web page', mimeType: 'text/html; charset=utf-8' },
  pdf: { label: 'PDF', extension: 'pdf', filterName: 'PDF document', mimeType: 'application/pdf' },
  backup: { label: 'backup', extension: 'json', filterName: 'Prep Planner backup', mimeType: 'application/json; charset=utf-8' },
  ical: { label: 'calendar', extension: 'ics', filterName: 'iCalendar', mimeType: 'text/calendar; charset=utf-8' },
  checklist: { label: 'progress checklist', extension: 'md', filterName: 'Markdown', mimeType: 'text/markdown; charset=utf-8' },
};

/** The name the save dialog proposes: "ada-lovelace-portfolio.md", "prep-planner-backup-2026-05-01.json". */
export function defaultFileName(format: ExportFormat, userName: string, today: CalendarDate): string {
  const { extension } = FORMAT_INFO[format];
  if (format === 'backup') return `prep-planner-backup-${today}.${extension}`;
  if (format === 'ical') return `prep-planner-roadmap.${extension}`;
  if (format === 'checklist') return `prep-planner-progress-${today}.${extension}`;
  const slug = slugify(userName).slice(0, 60).replace(/-+$/, '');
  return `${slug ? `${slug}-` : ''}portfolio.${extension}`;
}

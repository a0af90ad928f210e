import type { BackupEntry } from '@shared/ipc/channels/portfolio';

const REASONS: Record<string, string> = {
  'before-restore': 'before a restore',
  'before-migration': 'before an upgrade',
};

/** "2026-04-20 (daily copy)", "2026-04-20 12:03 (before a restore)". */
export function describeBackup(b: Pick<BackupEntry, 'kind' | 'stamp' | 'reason'>): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(b.stamp);
  if (!m) return b.stamp;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (b.kind === 'daily') return `${day} (daily copy)`;
  return `${day} ${m[4]}:${m[5]} (${(b.reason && REASONS[b.reason]) ?? 'snapshot'})`;
}

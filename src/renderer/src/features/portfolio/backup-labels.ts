import type { BackupEntry } from '@shared/ipc/channels/portfolio';
import { showStamp, showStampDay } from '../../dates';

const REASONS: Record<string, string> = {
  'before-restore': 'before a restore',
  'before-migration': 'before an upgrade',
};

/**
 * en-GB "Mon, 20 Apr 2026 (daily copy)", "Mon, 20 Apr 2026, 12:03 (before a restore)": the backup's
 * file stamp (local wall time) through the app's one date helper, in the reader's locale.
 */
export function describeBackup(b: Pick<BackupEntry, 'kind' | 'stamp' | 'reason'>): string {
  if (b.kind === 'daily') return `${showStampDay(b.stamp)} (daily copy)`;
  return `${showStamp(b.stamp)} (${(b.reason && REASONS[b.reason]) ?? 'snapshot'})`;
}

import { useCallback, useEffect, useId, useState } from 'react';
import type { BackupEntry } from '@shared/ipc/channels/portfolio';
import { call, messageOf } from '../../api';
import { useAppState } from '../../app-state';
import { offerDownload } from '../browser/download';
import { PathForm } from '../browser/PathForm';
import { describeBackup } from './backup-labels';

/**
 * Backups of the whole plan: save one as a file, restore one from a file, or go back to one of the
 * automatic copies. A restore always keeps the current plan as a snapshot first.
 */
export function BackupPanel() {
  const { setPlan, reportError, clearError, syncNow, shell, notices } = useAppState();
  // While backups fail (main's notice says why), the panel must not promise a daily copy.
  const failing = notices.find((n) => n.id === 'backup-failed');
  const [typingPath, setTypingPath] = useState(false);
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [dir, setDir] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // A typed path main refused: its reason goes under the path field, where the user is typing.
  const [pathProblem, setPathProblem] = useState<string | null>(null);
  const id = useId();

  const refresh = useCallback(() => {
    call('backup:list', {}).then((r) => {
      setBackups(r.backups);
      setDir(r.dir);
    }, reportError);
  }, [reportError]);
  useEffect(refresh, [refresh]);

  const saveBackup = async () => {
    try {
      const result = await call('portfolio:export', { format: 'backup', to: shell === 'browser' ? 'download' : 'file' });
      if (result.status === 'saved') setStatus(`Backup saved to ${result.path}.`);
      if (result.status === 'download') {
        offerDownload(result);
        setStatus(`Backup downloaded as ${result.fileName}.`);
      }
    } catch (error) {
      reportError(error);
    }
  };

  const restored = (what: string, snapshot: string) => {
    setStatus(`Restored ${what}. Your previous plan was kept as ${snapshot}.`);
    setConfirming(null);
    refresh();
    void syncNow(); // the plan was replaced: undo steps from before no longer apply
  };

  const importFile = async (path?: string) => {
    setStatus('');
    try {
      const result = await call('backup:import', path === undefined ? {} : { path });
      if (result.status === 'cancelled') return;
      setPlan(result.plan);
      clearError();
      setTypingPath(false);
      setPathProblem(null);
      restored(result.source, result.snapshot);
    } catch (error) {
      if (path === undefined) reportError(error);
      else setPathProblem(messageOf(error));
    }
  };

  const restore = async (entry: BackupEntry) => {
    setStatus('');
    try {
      const result = await call('backup:restore', { name: entry.name });
      setPlan(result.plan);
      clearError();
      restored(`the backup from ${describeBackup(entry)}`, result.snapshot);
    } catch (error) {
      setConfirming(null);
      reportError(error);
    }
  };

  return (
    <section className="pf-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="pf-panel-title">Backup &amp; restore</h2>
      <div className="pf-export-buttons">
        <button type="button" className="button" onClick={() => void saveBackup()}>Save a backup file…</button>
        <button type="button" className="button" onClick={() => (shell === 'browser' ? setTypingPath(true) : void importFile())}>Restore from a file…</button>
      </div>
      {typingPath && (
        <PathForm
          label="Backup file to restore (full path)"
          submitLabel="Restore this file"
          placeholder="/home/you/Downloads/prep-planner-backup.json"
          problem={pathProblem}
          onSubmit={(path) => importFile(path)}
          onCancel={() => {
            setTypingPath(false);
            setPathProblem(null);
          }}
        />
      )}
      <p role="status" className="pf-saved">{status}</p>
      <h3 className="pf-subtitle">Automatic backups</h3>
      {failing && <p className="pf-backup-failing">Automatic backups are not being made right now: {failing.message}</p>}
      {backups === null ? <p className="muted">Loading…</p> : backups.length === 0 ? <p className="muted">{failing ? 'None yet.' : 'None yet: a copy is kept each day you use the app.'}</p> : (
        <ul className="pf-backups" aria-label="Automatic backups">
          {backups.map((b) => (
            <li key={b.name} className="pf-backup">
              <span>{describeBackup(b)}</span>
              {confirming === b.name ? (
                <span className="pf-confirm confirm-row" role="group" aria-label={`Confirm restoring ${describeBackup(b)}`}>
                  <span className="muted confirm-question">Replace your plan with this copy?</span>
                  <button type="button" className="button primary" onClick={() => void restore(b)}>Restore</button>
                  <button type="button" className="button ghost" onClick={() => setConfirming(null)}>Cancel</button>
                </span>
              ) : (
                <button type="button" className="button" aria-label={`Restore ${describeBackup(b)}`} onClick={() => setConfirming(b.name)}>Restore…</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {dir && !failing && <p className="muted pf-saved">Kept in <code>{dir}</code></p>}
    </section>
  );
}

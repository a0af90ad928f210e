import { useEffect, useRef, useState } from 'react';
import type { RoadmapEntry } from '@shared/ipc/channels/roadmaps';
import { useAppState } from '../../app-state';
import { Dialog } from '../board/Dialog';
import { PathForm } from '../browser/PathForm';
import { ImportReport } from './ImportReport';
import { openRoadmapTitle } from './roadmap-list';
import { useRoadmaps } from './use-roadmaps';
import { showDate } from '../../dates';
import { roadmapButtonName } from '@shared/roadmap-names';
import './roadmaps.css';

/**
 * The header's roadmap switcher: which roadmap is open, the others to switch to or remove, and
 * importing a Markdown roadmap (OS dialog, a typed path in browser mode, or a .md file dropped
 * anywhere on the window).
 */
export function RoadmapPicker() {
  const { curriculum, shell } = useAppState();
  const roadmaps = useRoadmaps();
  const [open, setOpen] = useState(false);
  // The listed name ("… (2)" when an imported roadmap shares its document's title with another).
  const openTitle = openRoadmapTitle(roadmaps.list) ?? curriculum.title;
  const [confirming, setConfirming] = useState<RoadmapEntry | null>(null);
  const [removedTo, setRemovedTo] = useState<string | null>(null);
  const { importDropped } = roadmaps;
  const dropRef = useRef(importDropped);
  dropRef.current = importDropped;

  // A file dragged from the desktop onto any part of the window imports it; without this the
  // browser would open the file in place of the app.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      setConfirming(null);
      setRemovedTo(null);
      setOpen(true);
      void dropRef.current(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const remove = async (entry: RoadmapEntry) => {
    const reply = await roadmaps.remove(entry.id);
    setConfirming(null);
    if (reply) setRemovedTo(reply.backup);
  };

  return (
    <>
      <button type="button" className="button roadmap-picker-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Roadmap: <strong dir="auto">{openTitle}</strong>
      </button>
      {open && (
        // The picker sits in the app's banner: a section scopes the dialog's own <header> to it, so
        // that header is not read as a second banner inside the first.
        <section className="roadmaps-dialog-scope">
          <Dialog title="Roadmaps" className="roadmaps-dialog" onClose={() => setOpen(false)}>
            <div className="dialog-body">
              <p className="muted">Each roadmap keeps its own progress, schedule and board.</p>
              {roadmaps.list && (
                <ul className="roadmap-list" aria-label="Your roadmaps">
                  {roadmaps.list.roadmaps.map((entry) => {
                    const active = entry.id === roadmaps.list!.active;
                    return (
                      <li key={entry.id} aria-current={active ? 'true' : undefined} className={active ? 'active' : ''}>
                        <div className="roadmap-list-text">
                          <strong dir="auto">{entry.title}</strong>
                          <span className="muted">
                            {entry.weeks} weeks · {entry.projects} projects · {entry.builtin ? 'built in' : `imported ${entry.importedOn ? showDate(entry.importedOn.slice(0, 10)) : ''} from ${entry.sourceName}`}
                          </span>
                        </div>
                        {active ? (
                          <span className="roadmap-open-badge">Open now</span>
                        ) : (
                          <button type="button" className="button small" disabled={roadmaps.busy} onClick={() => void roadmaps.switchTo(entry.id)} aria-label={`Switch to ${roadmapButtonName(entry, roadmaps.list!.roadmaps)}`}>
                            Switch
                          </button>
                        )}
                        {!entry.builtin && !active && (
                          <button type="button" className="button ghost small" disabled={roadmaps.busy} onClick={() => setConfirming(entry)} aria-label={`Remove ${roadmapButtonName(entry, roadmaps.list!.roadmaps)}`}>
                            Remove…
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
              {confirming && <ConfirmRemove entry={confirming} busy={roadmaps.busy} onRemove={() => void remove(confirming)} onKeep={() => setConfirming(null)} />}
              {removedTo && (
                <p role="status" className="roadmap-removed">
                  Removed. A copy of it is kept in <code>{removedTo}</code>.
                </p>
              )}
              <section className="roadmap-import" aria-labelledby="roadmap-import-title">
                <h3 id="roadmap-import-title">Import a roadmap</h3>
                <p className="muted">A Markdown file with a weekly table (week, focus, goals, tasks) and, if you like, a projects table. You can also drop a .md file anywhere on the window.</p>
                {shell === 'browser' ? (
                  <PathForm label="Roadmap file (full path)" submitLabel="Import" placeholder="/home/you/roadmap.md" busy={roadmaps.busy} onSubmit={async (path) => void (await roadmaps.importFrom({ path }))} />
                ) : (
                  <button type="button" className="button" disabled={roadmaps.busy} onClick={() => void roadmaps.importFrom({})}>
                    Import from a file…
                  </button>
                )}
            </section>
            {roadmaps.error && (
              <p role="alert" className="roadmap-error">
                {roadmaps.error}
              </p>
            )}
            {roadmaps.imported && (
              <div role="status" className="roadmap-imported">
                <ImportReport imported={roadmaps.imported} />
                <button type="button" className="button primary" disabled={roadmaps.busy} onClick={() => void roadmaps.switchTo(roadmaps.imported!.roadmap.id)}>
                  Switch to {roadmaps.imported.roadmap.title}
                </button>
              </div>
            )}
          </div>
        </Dialog>
        </section>
      )}
    </>
  );
}

function ConfirmRemove({ entry, busy, onRemove, onKeep }: { entry: RoadmapEntry; busy: boolean; onRemove(): void; onKeep(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="roadmap-confirm" role="group" aria-labelledby="roadmap-confirm-title">
      <p id="roadmap-confirm-title">
        <strong>
          Remove “<span dir="auto">{entry.title}</span>” and its progress?
        </strong>{' '}
        A copy of its folder is kept in your data folder’s backups first.
      </p>
      <div className="dialog-actions confirm-row">
        <button type="button" className="button danger confirm-named" disabled={busy} onClick={onRemove}>
          Remove <bdi>{entry.title}</bdi>
        </button>
        <button type="button" className="button" ref={keep} onClick={onKeep}>
          Keep it
        </button>
      </div>
    </div>
  );
}

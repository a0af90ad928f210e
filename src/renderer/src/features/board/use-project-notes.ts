import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppState } from '../../app-state';
import { useFieldDraft } from '../../field-draft';
import type { BoardActions } from './use-board-actions';

/**
 * A project's notes in its details panel: a draft that outlives the panel (drafts.ts), saved with
 * the text it started from, so a save over notes another tab saved since is refused (audit s6,
 * fault 2). Then the user's text stays in the field, the other text is shown beside it, and the
 * user picks: keep mine (saved over the other), or keep the other (mine stays readable, set aside).
 */
export function useProjectNotes(projectId: string, saved: string, actions: BoardActions) {
  const { syncNow } = useAppState();
  const field = useFieldDraft(`project-notes:${projectId}`, saved);
  const [conflict, setConflict] = useState<string | null>(null);
  const [setAside, setSetAside] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const send = useCallback(
    (notes: string, base: string) =>
      actions.updateProject({ projectId, patch: { notes }, base: { notes: base } }, (message) => {
        if (!mounted.current) return false;
        setConflict(message);
        void syncNow(); // fetch the other tab's text now, to show it beside the user's
        return true;
      }),
    [actions, projectId, syncNow],
  );

  const save = useCallback(() => {
    if (field.value === saved || conflict) return;
    const notes = field.value;
    void send(notes, field.base).then((ok) => {
      if (!ok) return;
      field.rebase(notes);
      field.clear();
    });
  }, [field, saved, conflict, send]);

  const keepMine = useCallback(() => {
    const notes = field.value;
    const theirs = saved;
    void send(notes, theirs).then((ok) => {
      if (!ok) return;
      field.rebase(notes);
      field.clear();
      setConflict(null);
      if (mounted.current && theirs) setSetAside(null);
    });
  }, [field, saved, send]);

  const keepTheirs = useCallback(() => {
    setSetAside(field.value);
    field.rebase(saved);
    field.set(saved);
    field.clear();
    setConflict(null);
  }, [field, saved]);

  return { value: field.value, set: field.set, save, conflict, keepMine, keepTheirs, setAside, dismissSetAside: () => setSetAside(null) };
}

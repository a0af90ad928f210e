import { useCallback, useEffect, useState } from 'react';
import type { ReplyOf, RequestOf } from '@shared/ipc/contract';
import { call, messageOf } from '../../api';
import { pauseSync } from '../../plan-sync';
import { useReboot } from '../../reboot';
import { adoptRoadmapList, refreshRoadmapList, useRoadmapList } from './roadmap-list';

export type Imported = Extract<ReplyOf<'roadmaps:import'>, { status: 'imported' }>;

/** The file names a dropped roadmap may have: Markdown, or plain text holding Markdown. */
export const isRoadmapFileName = (name: string) => /\.(md|markdown|txt)$/i.test(name);

/**
 * The data folder's roadmaps and what can be done with them. Every failure is main's sentence in
 * `error` (shown in the picker, which is a modal dialog above the app's error bar); a switch
 * starts the app over on the other roadmap.
 */
export function useRoadmaps() {
  const reboot = useReboot();
  // Shared with the Roadmap view's title (roadmap-list.ts): read once per boot, here, where the picker mounts.
  const list = useRoadmapList();
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => refreshRoadmapList().then(() => undefined, (e: unknown) => setError(messageOf(e))), []);
  useEffect(() => void refresh(), [refresh]);

  const run = async <T>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(messageOf(e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const importFrom = async (request: RequestOf<'roadmaps:import'>) => {
    setImported(null);
    const reply = await run(() => call('roadmaps:import', request));
    if (reply?.status === 'imported') {
      setImported(reply);
      await refresh();
    }
    return reply;
  };

  const importDropped = async (file: File) => {
    if (!isRoadmapFileName(file.name)) {
      setImported(null);
      setError(`${file.name} is not a Markdown file. Drop a roadmap saved as .md.`);
      return null;
    }
    const markdown = await file.text().catch(() => null);
    if (markdown === null) {
      setError(`${file.name} could not be read. Nothing was imported.`);
      return null;
    }
    return importFrom({ markdown, fileName: file.name });
  };

  const switchTo = async (id: string) => {
    pauseSync(true);
    const reply = await run(() => call('roadmaps:switch', { id }));
    // On success the fresh boot resumes syncing (app-state.tsx), with the other roadmap's revision;
    // main's reply is the list with the other roadmap open.
    if (reply) {
      adoptRoadmapList(reply);
      reboot();
    }
    else pauseSync(false);
  };

  const remove = async (id: string) => {
    const reply = await run(() => call('roadmaps:remove', { id }));
    if (reply) {
      adoptRoadmapList(reply.list);
      if (imported?.roadmap.id === id) setImported(null);
    }
    return reply;
  };

  return { list, error, imported, busy, importFrom, importDropped, switchTo, remove, clearError: () => setError(null) };
}


import { useSyncExternalStore } from 'react';
import type { ReplyOf } from '@shared/ipc/contract';
import { call } from '../../api';
import { changeSignal } from '../../change-signal';

export type RoadmapList = ReplyOf<'roadmaps:list'>;

/*
 * The data folder's roadmap list, held once for the whole page: the header's picker and the Roadmap
 * view's title ("… (2)" for an imported copy) read this one copy, so `roadmaps:list` is asked once
 * per boot, not again by each view that names the open roadmap. Only this module changes it: a
 * fresh read (boot, after an import), or the list main replies with after a switch or a removal.
 */
let list: RoadmapList | null = null;
let asking: Promise<RoadmapList> | null = null;
const { subscribe, emit } = changeSignal();

function set(next: RoadmapList): void {
  list = next;
  emit();
}

/** Reads the list from main and shares it; calls made while one read is on its way share that read. Rejects with main's error. */
export function refreshRoadmapList(): Promise<RoadmapList> {
  asking ??= call('roadmaps:list', {}).then(
    (next) => ((asking = null), set(next), next),
    (error: unknown) => {
      asking = null;
      throw error;
    },
  );
  return asking;
}

/** The list main sent with another reply (`roadmaps:switch`, `roadmaps:remove`): no second read. */
export const adoptRoadmapList = (next: RoadmapList): void => set(next);

/** The shared list; null until the first read arrives. */
export const useRoadmapList = (): RoadmapList | null => useSyncExternalStore(subscribe, () => list);

/** The open roadmap's name as the list gives it, or null without a list. */
export const openRoadmapTitle = (l: RoadmapList | null): string | null => l?.roadmaps.find((r) => r.id === l.active)?.title ?? null;

import { useEffect, useState } from 'react';
import { call } from '../../api';
import { useAppState } from '../../app-state';

/**
 * The open roadmap's name as the picker lists it: "… (2)" for an imported copy whose document
 * shares its title with another roadmap (check s6, fault 14: the Roadmap view's own title said the
 * document's title while the header said "… (2)"). The document's title stands in until the list
 * arrives, or if it cannot be read.
 */
export function useOpenRoadmapTitle(): string {
  const { curriculum } = useAppState();
  const [listed, setListed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('roadmaps:list', {}).then(
      (list) => live && setListed(list.roadmaps.find((r) => r.id === list.active)?.title ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [curriculum]);
  return listed ?? curriculum.title;
}

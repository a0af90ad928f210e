import { useAppState } from '../../app-state';
import { openRoadmapTitle, useRoadmapList } from './roadmap-list';

/**
 * The open roadmap's name as the picker lists it: "… (2)" for an imported copy whose document
 * shares its title with another roadmap (check s6, fault 14: the Roadmap view's own title said the
 * document's title while the header said "… (2)"). Read from the picker's own list (roadmap-list.ts,
 * asked once per boot), so the two cannot disagree; the document's title stands in until the list
 * arrives, or if it cannot be read.
 */
export function useOpenRoadmapTitle(): string {
  const { curriculum } = useAppState();
  return openRoadmapTitle(useRoadmapList()) ?? curriculum.title;
}

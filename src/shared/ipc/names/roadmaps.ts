export const ROADMAPS_CHANNEL_NAMES = ['roadmaps:list', 'roadmaps:import', 'roadmaps:switch', 'roadmaps:remove'] as const;

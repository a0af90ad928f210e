export const ROADMAP_CHANNEL_NAMES = [] as const;

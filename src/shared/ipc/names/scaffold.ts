export const SCAFFOLD_CHANNEL_NAMES = [] as const;

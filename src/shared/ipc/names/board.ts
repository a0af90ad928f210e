export const BOARD_CHANNEL_NAMES = [] as const;

export const PORTFOLIO_CHANNEL_NAMES = [] as const;

export const PORTFOLIO_CHANNEL_NAMES = ['portfolio:export', 'backup:list', 'backup:restore', 'backup:import'] as const;

export const PORTFOLIO_CHANNEL_NAMES = ['portfolio:export', 'portfolio:preview', 'backup:list', 'backup:restore', 'backup:import'] as const;

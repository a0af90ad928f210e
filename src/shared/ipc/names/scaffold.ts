export const SCAFFOLD_CHANNEL_NAMES = ['scaffold:status', 'scaffold:choose-workspace', 'scaffold:create', 'scaffold:open'] as const;

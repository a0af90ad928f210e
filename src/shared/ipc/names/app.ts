export const APP_CHANNEL_NAMES = ['app:boot', 'app:dismiss-notice', 'plan:get', 'settings:update', 'shell:open-external'] as const;

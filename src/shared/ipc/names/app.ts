export const APP_CHANNEL_NAMES = ['app:boot', 'app:dismiss-notice', 'app:sync', 'plan:get', 'settings:update', 'shell:open-external'] as const;

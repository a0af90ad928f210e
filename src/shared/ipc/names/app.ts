export const APP_CHANNEL_NAMES = ['app:boot', 'app:dismiss-notice', 'app:sync', 'app:today', 'plan:get', 'settings:update', 'shell:open-external'] as const;

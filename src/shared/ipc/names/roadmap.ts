export const ROADMAP_CHANNEL_NAMES = [
  'roadmap:set-goal',
  'roadmap:set-task',
  'roadmap:log-study',
  'roadmap:set-week-status',
  'roadmap:update-week',
  'roadmap:set-schedule',
  'roadmap:skip-onboarding',
] as const;

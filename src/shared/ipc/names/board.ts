export const BOARD_CHANNEL_NAMES = [
  'board:move-project',
  'board:move-step',
  'board:add-column',
  'board:update-column',
  'board:move-column',
  'board:delete-column',
  'board:update-project',
  'board:add-step',
  'board:update-step',
  'board:set-lane-collapsed',
  'board:restore',
] as const;

import { APP_CHANNEL_NAMES } from './names/app';
import { BOARD_CHANNEL_NAMES } from './names/board';
import { PORTFOLIO_CHANNEL_NAMES } from './names/portfolio';
import { ROADMAP_CHANNEL_NAMES } from './names/roadmap';
import { ROADMAPS_CHANNEL_NAMES } from './names/roadmaps';
import { SCAFFOLD_CHANNEL_NAMES } from './names/scaffold';

/**
 * Every channel that crosses the process boundary, one list per domain. Kept free of zod so the
 * sandboxed preload bundles it in a few bytes; contract.ts pairs each name with its schemas
 * (`satisfies` makes a missing pair a type error) and a test checks nothing extra is there.
 */
export const CHANNEL_NAMES = [
  ...APP_CHANNEL_NAMES,
  ...BOARD_CHANNEL_NAMES,
  ...ROADMAP_CHANNEL_NAMES,
  ...SCAFFOLD_CHANNEL_NAMES,
  ...PORTFOLIO_CHANNEL_NAMES,
  ...ROADMAPS_CHANNEL_NAMES,
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

const NAME_SET: ReadonlySet<string> = new Set(CHANNEL_NAMES);
export const isChannelName = (value: unknown): value is ChannelName => typeof value === 'string' && NAME_SET.has(value);

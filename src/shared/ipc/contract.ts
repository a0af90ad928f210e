import type { z } from 'zod';
import type { ChannelName } from './channel-names';
import { appChannels } from './channels/app';
import { boardChannels } from './channels/board';
import { portfolioChannels } from './channels/portfolio';
import { roadmapChannels } from './channels/roadmap';
import { roadmapsChannels } from './channels/roadmaps';
import { scaffoldChannels } from './channels/scaffold';

export interface ChannelDef {
  request: z.ZodType;
  reply: z.ZodType;
}

/** The single source of truth for what may cross between renderer and main. */
export const contract = {
  ...appChannels,
  ...boardChannels,
  ...roadmapChannels,
  ...scaffoldChannels,
  ...portfolioChannels,
  ...roadmapsChannels,
} satisfies Record<ChannelName, ChannelDef>;

export type Contract = typeof contract;
/** What the renderer sends (before defaults are applied). */
export type RequestOf<K extends ChannelName> = z.input<Contract[K]['request']>;
/** What a handler receives after validation. */
export type ParsedRequestOf<K extends ChannelName> = z.output<Contract[K]['request']>;
export type ReplyOf<K extends ChannelName> = z.output<Contract[K]['reply']>;

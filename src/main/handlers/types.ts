import type { ChannelName } from '@shared/ipc/channel-names';
import type { ParsedRequestOf, ReplyOf } from '@shared/ipc/contract';

/** One function per channel: it gets a validated request and returns the reply's data or throws AppError. */
export type Handlers = { [K in ChannelName]: (request: ParsedRequestOf<K>) => Promise<ReplyOf<K>> };

export type HandlerGroup<K extends ChannelName> = Pick<Handlers, K>;

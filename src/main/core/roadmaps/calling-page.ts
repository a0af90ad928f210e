import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The roadmap the page behind the call now running booted on (browser mode's
 * `x-prep-planner-roadmap` header, shared/ipc/page-roadmap.ts), for RoadmapSession to check once
 * a switch in progress has finished: checked any earlier, a call could pass the check, wait for
 * the switch and then run on the other roadmap. Empty for callers that name no roadmap.
 */
export const callingPage = new AsyncLocalStorage<string>();

import { AppError } from '@shared/ipc/result';
import { packedPlanOf } from '../core/boot-plan';
import { today } from '../core/clock';
import { isSafeExternalUrl } from '../core/external-url';
import type { HandlerDeps } from './deps';
import type { HandlerGroup } from './types';

export function createAppHandlers(deps: HandlerDeps): HandlerGroup<'app:boot' | 'app:dismiss-notice' | 'app:sync' | 'app:today' | 'plan:get' | 'settings:update' | 'shell:open-external'> {
  const { store } = deps;
  return {
    'app:boot': async () => ({
      curriculum: deps.curriculum,
      plan: packedPlanOf(store.plan),
      today: today(deps.clock),
      notices: store.notices,
      dataDir: store.dataDir,
      appVersion: deps.appVersion,
      revision: store.revision,
      changes: store.changes,
      shell: deps.shellKind ?? 'desktop',
      roadmapId: deps.roadmapId ?? 'builtin',
    }),
    'app:sync': async ({ revision, changes, roadmapId: shown }) => {
      const open = deps.roadmapId ?? 'builtin';
      // The page shows a roadmap another tab or window has switched away from (N1): never this
      // roadmap's plan under that page's curriculum; it starts over on the one named here.
      if (shown !== undefined && shown !== open) return { revision: store.revision, plan: null, notices: [], changes: store.changes, roadmapId: open };
      // The count as the page asked: a change of the page's own that lands while the disk is read
      // below is answered to the page itself, and must not make this reply carry the whole plan.
      const asked = store.changes;
      // A watcher may not have fired yet (or cannot run here): look at the file now.
      await store.checkDisk().catch(() => undefined);
      // Another tab or window saved since (audit s6, fault 2): the page gets the plan as it is now.
      const behind = store.revision !== revision || (changes !== undefined && changes !== asked);
      return { revision: store.revision, plan: behind ? store.plan : null, notices: store.notices, changes: store.changes, roadmapId: open };
    },
    'app:dismiss-notice': async ({ id }) => {
      const index = store.notices.findIndex((n) => n.id === id);
      if (index >= 0) store.notices.splice(index, 1);
      return store.notices;
    },
    'app:today': async () => ({ today: today(deps.clock) }),
    'plan:get': async () => store.plan,
    'settings:update': async ({ patch }) =>
      store.update((plan) => {
        plan.settings = { ...plan.settings, ...patch };
      }),
    'shell:open-external': async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new AppError('invalid-input', 'Only web (http, https) and mail links can be opened.');
      // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — refused above unless isSafeExternalUrl (http, https, mailto via the URL API)
      await deps.shell.openExternal(url);
      return { opened: true };
    },
  };
}

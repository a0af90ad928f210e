import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LaunchedApp } from '../tests/e2e/harness';
import type { Plan } from '../src/shared/plan-schema';
import type { PlanStore } from '../src/main/core/plan-store';
import { loadCurriculumData } from '../scripts/generate-stress-plan';
import { carryTo, column, draggableCards, liftCard, scrollBoardToTop } from './board-probe';

const tick = () => new Promise((r) => setImmediate(r));
const names = new Map(loadCurriculumData().projects.map((p) => [p.id, p.name]));
/** The card's title as the board shows it: the curriculum's name, or the id for a project it lacks. */
const nameOf = (id: string) => names.get(id) ?? id;

export interface DropSamples {
  /** Drop key sent to the page → planner.json holds the move. */
  toDisk: number[];
  /** Drop key sent → main's store is asked for the change (renderer and IPC). */
  toMain: number[];
}

/**
 * Drop to disk: a keyboard move of a card one column over, timed from the moment the dropping
 * key goes to the page until `planner.json` holds the move. The harness runs main's store in this
 * process, so its write counter is watched on every turn of the event loop and each completed
 * write (rename done) is checked against the file's contents. The store's `update`/`replace` are
 * wrapped on the instance (timing only) to split the time at the moment main receives the change.
 */
export async function dropToDisk(app: LaunchedApp, runs: number): Promise<DropSamples> {
  const page = app.page;
  const store = app.services.store;
  const [first, second] = store.plan.board.columns;
  if (!first || !second) throw new Error('the board needs two columns');
  let reached: number | null = null;
  const restore = spyOnChanges(store, () => void (reached ??= performance.now()));
  const out: DropSamples = { toDisk: [], toMain: [] };
  try {
    for (let run = -1; run < runs; run++) {
      const forward = (run + 1) % 2 === 0;
      const [from, to] = forward ? [first, second] : [second, first];
      const movedId = store.plan.board.projects[from.id]?.[0];
      if (!movedId) throw new Error(`no card in ${from.title}`);
      await scrollBoardToTop(page);
      const card = draggableCards(column(page, from.title)).first();
      const label = (await card.getAttribute('aria-label')) ?? '';
      if (!label.endsWith(nameOf(movedId))) throw new Error(`expected ${movedId} first in ${from.title}, the page shows "${label}"`);
      await liftCard(page, card);
      await carryTo(page, forward ? 'ArrowRight' : 'ArrowLeft', to.title);

      let writes = store.diskWrites;
      reached = null;
      const t0 = performance.now();
      await page.keyboard.down('Space');
      let elapsed: number | null = null;
      while (elapsed === null) {
        await tick();
        if (performance.now() - t0 > 10_000) throw new Error(`the move of ${movedId} never reached planner.json`);
        if (store.diskWrites === writes) continue;
        const at = performance.now() - t0;
        writes = store.diskWrites;
        if (await fileShows(app.dataDir, movedId, from.id, to.id)) elapsed = at;
      }
      await page.keyboard.up('Space');
      if (run >= 0) {
        out.toDisk.push(elapsed);
        if (reached !== null) out.toMain.push((reached as number) - t0);
      }
    }
    return out;
  } finally {
    restore();
  }
}

function spyOnChanges(store: PlanStore, onCall: () => void): () => void {
  const target = store as unknown as Record<'update' | 'replace', (...args: unknown[]) => unknown>;
  const originals = { update: target.update, replace: target.replace };
  for (const name of ['update', 'replace'] as const) {
    target[name] = (...args: unknown[]) => {
      onCall();
      return originals[name].apply(store, args);
    };
  }
  return () => {
    delete (target as Partial<typeof target>).update;
    delete (target as Partial<typeof target>).replace;
  };
}

async function fileShows(dataDir: string, id: string, fromColumn: string, toColumn: string): Promise<boolean> {
  const plan = JSON.parse(await readFile(join(dataDir, 'planner.json'), 'utf8')) as Plan;
  return !plan.board.projects[fromColumn]?.includes(id) && !!plan.board.projects[toColumn]?.includes(id);
}

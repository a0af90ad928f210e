import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Outside changes usually arrive as a burst of events (a sync tool writes, renames, touches). */
export const WATCH_DEBOUNCE_MS = 150;

/**
 * Calls `onChange` (debounced) when any of `files` changes on disk. The folders are watched rather
 * than the files, because a file replaced by a rename (how this app, editors and sync tools save)
 * is a new file that a watch on the old one would never see. Best effort: where watching is not
 * possible the check made before every save still catches the change. Never keeps the process alive.
 */
export function watchFiles(files: string[], onChange: () => void): { close(): void } {
  let timer: NodeJS.Timeout | null = null;
  const fire = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, WATCH_DEBOUNCE_MS);
    timer.unref();
  };
  const watchers: FSWatcher[] = [];
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) byFolder.set(dirname(file), (byFolder.get(dirname(file)) ?? new Set()).add(basename(file)));
  for (const [folder, names] of byFolder) {
    try {
      const watcher = watch(folder, { persistent: false }, (_event, name) => {
        if (name === null || names.has(String(name))) fire();
      });
      watcher.on('error', () => watcher.close());
      watchers.push(watcher);
    } catch {
      // No watching here (a folder that vanished, too many watches): saving still checks first.
    }
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

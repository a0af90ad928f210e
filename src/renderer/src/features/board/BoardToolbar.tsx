import { memo } from 'react';
import type { BoardFilter } from '@shared/domain/board-filter';

export type BoardMode = 'projects' | 'steps';

interface Props {
  mode: BoardMode;
  onMode(mode: BoardMode): void;
  filter: BoardFilter;
  onFilter(filter: BoardFilter): void;
  tags: readonly string[];
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onAddColumn(): void;
  onAddProject(): void;
  onArchive(): void;
  onHelp(): void;
}

export const BoardToolbar = memo(function BoardToolbar(p: Props) {
  const toggleTag = (tag: string) =>
    p.onFilter({ ...p.filter, tags: p.filter.tags.includes(tag) ? p.filter.tags.filter((t) => t !== tag) : [...p.filter.tags, tag] });
  return (
    <div className="board-toolbar">
      <div className="toolbar-row">
        <div className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={p.mode === 'projects'} onClick={() => p.onMode('projects')}>Projects</button>
          <button type="button" aria-pressed={p.mode === 'steps'} onClick={() => p.onMode('steps')}>Steps</button>
        </div>
        <input
          type="search"
          id="board-search"
          aria-keyshortcuts="/"
          className="input search"
          placeholder="Search cards"
          aria-label="Search cards"
          value={p.filter.query}
          onChange={(e) => p.onFilter({ ...p.filter, query: e.target.value })}
        />
        <span className="spacer" />
        {/* Each hands focus to the other when it runs out (see a11y/focus-rescue.ts). */}
        <button type="button" id="board-undo" data-focus-fallback="board-redo" className="button" onClick={p.onUndo} disabled={!p.canUndo} aria-keyshortcuts="Control+Z Meta+Z">Undo</button>
        <button type="button" id="board-redo" data-focus-fallback="board-undo" className="button" onClick={p.onRedo} disabled={!p.canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">Redo</button>
        <button type="button" className="button" onClick={p.onArchive}>Archive</button>
        <button type="button" className="button" onClick={p.onAddColumn}>Add column</button>
        <button type="button" className="button" onClick={p.onHelp} aria-keyshortcuts="?">Shortcuts</button>
        <button type="button" className="button" onClick={p.onAddProject}>Add project</button>
      </div>
      <div className="chips" role="group" aria-label="Filter by stack">
        {p.tags.map((tag) => (
          <button key={tag} type="button" className="chip" aria-pressed={p.filter.tags.includes(tag)} onClick={() => toggleTag(tag)}>
            {tag}
          </button>
        ))}
        {(p.filter.tags.length > 0 || p.filter.query) && (
          <button type="button" className="chip clear" onClick={() => p.onFilter({ query: '', tags: [] })}>Clear filter</button>
        )}
      </div>
    </div>
  );
});

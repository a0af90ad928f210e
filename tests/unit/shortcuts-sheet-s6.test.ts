import { describe, expect, it } from 'vitest';
import { cardMenuModel } from '../../src/renderer/src/features/board/card-menu-model';
import { SHORTCUTS } from '../../src/renderer/src/features/board/shortcuts';
import { DEFAULT_COLUMNS } from '../../src/shared/default-plan';

/** Audit s6 fault 12: the shortcuts sheet promised "Archive" in every card's menu; project cards have none. */
describe('shortcuts sheet: the card menu entry says what each kind of card’s menu holds', () => {
  const entry = SHORTCUTS.find((s) => s.keys === 'Shift+F10 or the Menu key')!;
  const [projectPart, stepPart] = entry.action.split('Step:');
  const cells = { backlog: ['a', 'b'], 'up-next': [], 'in-progress': [], review: [], done: [] };
  const labels = (canArchive: boolean) => cardMenuModel(cells, DEFAULT_COLUMNS, 'a', canArchive)!.entries.map((e) => e.label);

  it('projects: Open, Move to a column, top and bottom; no Archive', () => {
    expect(labels(false)).toEqual(['Open', 'Move to top', 'Move to bottom']);
    for (const label of labels(false)) expect(projectPart).toContain(label);
    expect(projectPart).toContain('Move to a column');
    expect(projectPart).not.toContain('Archive');
  });

  it('steps: the same and Archive', () => {
    expect(labels(true)).toContain('Archive');
    expect(stepPart).toContain('Archive');
  });
});

/**
 * Every keyboard shortcut of the app, listed once: the shortcuts sheet shows this list, so it
 * cannot drift from what the keys do. `where` says when a key works.
 */
export interface Shortcut {
  keys: string;
  action: string;
  where: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: '?', action: 'Show this list of shortcuts', where: 'Board, outside text fields' },
  { keys: '/', action: 'Search cards', where: 'Board, outside text fields' },
  { keys: 'Ctrl+Z (⌘Z)', action: 'Undo the last board change', where: 'Board, outside text fields' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y (⇧⌘Z)', action: 'Redo', where: 'Board, outside text fields' },
  { keys: 'Arrow keys, Home, End', action: 'Move between cards (up and down a column, left and right across columns)', where: 'A card’s title' },
  { keys: 'Tab', action: 'From a card’s title to its move handle and its actions button', where: 'A card’s title' },
  // Each kind of card's menu as card-menu-model.ts builds it (tests/unit/shortcuts-sheet-s6.test.ts
  // keeps the two equal): projects have no Archive, they are removed from their details panel.
  { keys: 'Shift+F10 or the Menu key', action: 'Open the card’s menu (also by right-click). Project: Open, Move to a column, Move to top, Move to bottom. Step: the same, and Archive', where: 'A card' },
  { keys: 'Enter', action: 'Add the typed step; Escape closes the field and keeps the text', where: 'A lane’s “Add step” field' },
  { keys: 'Space', action: 'Pick up a card by its move handle, then Space again to drop it', where: 'A card’s move handle' },
  { keys: 'Arrow keys', action: 'Carry a picked-up card up, down or to the next column', where: 'While carrying a card' },
  { keys: 'Escape', action: 'Put a carried card back; cancel a rename; close a dialog', where: 'Anywhere' },
  { keys: 'Enter or F2', action: 'Rename a column or step in place', where: 'A column or step title' },
  { keys: 'Enter', action: 'Save the rename', where: 'While renaming' },
  { keys: 'Left and right arrows, Home, End', action: 'Switch between Board, Roadmap and Portfolio', where: 'The view tabs' },
  { keys: 'Tab, Shift+Tab', action: 'Move between controls; in a dialog it wraps around', where: 'Anywhere' },
];

/**
 * Hands focus to `target` after something the user did went away (a dialog closed, a menu chose,
 * a rename or quick add finished, an undo message acted) — unless the user has already put focus
 * somewhere since. Such hand-backs run later (after React's passive effects, a frame, or a reply
 * from main); a key pressed in between ("/" right after Escape) must keep the focus it gave.
 *
 * Focus counts as unclaimed when it is on <body> or the root (nothing focused), on an element no
 * longer in the page, or inside `from` (the dialog, menu or message that is going away).
 * Returns whether focus was moved. WCAG 2.4.3 (focus order) and 3.2.2 (no change of context the
 * user did not ask for).
 */
export function handFocus(target: HTMLElement | null | undefined, from?: Element | null): boolean {
  if (!target?.isConnected) return false;
  const active = document.activeElement;
  const unclaimed = !active || active === document.body || active === document.documentElement || !active.isConnected || (from?.contains(active) ?? false);
  if (!unclaimed) return false;
  target.focus();
  return true;
}

/*
 * One live region for pointer drags (pointer-drag.ts), made on first use and shared by every
 * board: a lane's drag-and-drop mounts as it scrolls into view, and two hundred lanes must not add
 * two hundred regions to the page. Keyboard drags speak through dnd-kit's own region.
 */

let region: HTMLElement | null = null;

/** Says `text` to screen readers now (assertive, like dnd-kit's drag announcements). */
export function announce(text: string): void {
  if (!region || !region.isConnected) {
    region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'assertive');
    region.setAttribute('aria-atomic', 'true');
    region.className = 'visually-hidden';
    document.body.append(region);
  }
  region.textContent = text;
}

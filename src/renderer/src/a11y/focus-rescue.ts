/**
 * Keeps keyboard focus from falling to <body>. When the focused control disables itself (Undo with
 * nothing left to undo, Move left in the first column) or disappears (the answered start
 * question), focus moves to a control that stays:
 *   1. the element named by the nearest `data-focus-fallback="id"` on it or an ancestor;
 *   2. else the nearest enabled tabbable sibling in its group (next first, then previous);
 *   3. else the first tabbable in its nearest surviving ancestor, else the board's current card or
 *      the view's first control (the view's heading only when it has none).
 * WCAG 2.4.3 (focus order) and 2.4.7; the ARIA Authoring Practices' "focus management" guidance.
 */
const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export function isTabbable(el: Element): boolean {
  if (!(el instanceof HTMLElement) || !el.isConnected) return false;
  if (el.matches(':disabled') || el.getAttribute('aria-hidden') === 'true' || el.closest('[inert]')) return false;
  if (el.tabIndex < 0 && !el.matches('summary')) return false;
  return el.getClientRects().length > 0;
}

export function tabbablesIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(isTabbable);
}

interface Remembered {
  element: HTMLElement;
  /** The focused element's ancestors, nearest first, captured while it was still in the page. */
  ancestors: HTMLElement[];
  fallbackId: string | null;
}

function remember(element: HTMLElement): Remembered {
  const ancestors: HTMLElement[] = [];
  for (let a = element.parentElement; a; a = a.parentElement) ancestors.push(a);
  const fallbackId = element.closest<HTMLElement>('[data-focus-fallback]')?.dataset.focusFallback ?? null;
  return { element, ancestors, fallbackId };
}

function byId(id: string | null): HTMLElement | null {
  const el = id ? document.getElementById(id) : null;
  return el && (isTabbable(el) || el.tabIndex === -1) ? el : null;
}

/** Where focus should go now that `lost` can no longer hold it. */
export function rescueTarget(lost: Remembered): HTMLElement | null {
  const named = byId(lost.fallbackId);
  if (named) return named;
  const { element } = lost;
  if (element.isConnected) {
    // Disabled in place: a neighbour in the same group, the closest first.
    for (const group of lost.ancestors.slice(0, 3)) {
      const all = Array.from(group.querySelectorAll<HTMLElement>(TABBABLE));
      const at = all.indexOf(element);
      const next = all.slice(at + 1).find(isTabbable) ?? all.slice(0, Math.max(at, 0)).reverse().find(isTabbable);
      if (next) return next;
    }
  }
  const survivor = lost.ancestors.find((a) => a.isConnected && a !== document.body);
  const inside = survivor ? tabbablesIn(survivor)[0] : undefined;
  if (inside) return inside;
  // A control that shows where focus is: the board's current card, else the view's first control;
  // the view's heading is visually hidden on the Board, and focus there would be invisible.
  const panel = document.querySelector<HTMLElement>('[role="tabpanel"]');
  const stop = panel?.querySelector<HTMLElement>('[data-card-id][tabindex="0"]');
  if (stop && isTabbable(stop)) return stop;
  return (panel ? tabbablesIn(panel)[0] : undefined) ?? document.querySelector<HTMLElement>('[role="tabpanel"] h1');
}

/** Installs the rescue for the whole document; returns the uninstaller. */
export function installFocusRescue(doc: Document = document): () => void {
  let last: Remembered | null = null;
  let pending = false;
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement && event.target !== doc.body) last = remember(event.target);
  };
  const check = () => {
    pending = false;
    if (!last) return;
    const lostFocus = !last.element.isConnected || last.element.matches(':disabled');
    if (!lostFocus) return;
    // The browser may not have moved focus off the disabled control yet; anywhere else is the user's choice.
    const active = doc.activeElement;
    if (active && active !== doc.body && active !== doc.documentElement && active !== last.element) return;
    const target = rescueTarget(last);
    if (target) {
      if (target.tabIndex < 0 && !isTabbable(target)) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    // After React has finished this commit (and a dialog has had its chance to restore focus).
    requestAnimationFrame(() => setTimeout(check, 0));
  };
  const observer = new MutationObserver(schedule);
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget === null) schedule();
  };
  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('focusout', onFocusOut);
  observer.observe(doc.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  return () => {
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('focusout', onFocusOut);
    observer.disconnect();
  };
}

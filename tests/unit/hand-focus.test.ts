// @vitest-environment happy-dom
import { act, createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { handFocus } from '../../src/renderer/src/a11y/hand-focus';
import { Dialog } from '../../src/renderer/src/features/board/Dialog';

// React warns unless it knows it runs under a test's act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

const button = (label: string) => {
  const b = document.createElement('button');
  b.textContent = label;
  document.body.append(b);
  return b;
};

// Found by the full suite under load (board-keyboard › shortcuts sheet): Escape closed the sheet,
// "/" focused the search box, then the sheet's deferred clean-up sent focus back to the Board tab.
describe('focus handed back later never takes it from where the user has put it since', () => {
  it('takes focus only from nothing focused, a removed element, or the closing part', () => {
    const target = button('Board');
    const other = button('Search');
    const closing = document.createElement('div');
    const inside = document.createElement('button');
    closing.append(inside);
    document.body.append(closing);

    (document.activeElement as HTMLElement | null)?.blur();
    expect(handFocus(target)).toBe(true);
    expect(document.activeElement).toBe(target);

    inside.focus();
    expect(handFocus(other, closing)).toBe(true);
    expect(document.activeElement).toBe(other);

    target.focus();
    expect(handFocus(other)).toBe(false);
    expect(document.activeElement).toBe(target);

    expect(handFocus(null)).toBe(false);
    const gone = button('Gone');
    gone.remove();
    expect(handFocus(gone)).toBe(false);
    expect(document.activeElement).toBe(target);
  });

  it('a dialog closing hands focus back to its opener, but not over a control the user focused after it closed', async () => {
    const opener = button('Keyboard shortcuts');
    const search = button('Search cards');
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    let setOpen!: (open: boolean) => void;
    function Page() {
      const [open, set] = useState(true);
      setOpen = set;
      return open ? createElement(Dialog, { title: 'Keyboard shortcuts', onClose: () => set(false), children: createElement('button', { 'data-autofocus': true }, 'Close') }) : null;
    }
    opener.focus();
    await act(async () => root!.render(createElement(Page)));
    expect(document.activeElement?.textContent).toBe('Close');

    // Closed from inside: focus goes back to the opener.
    await act(async () => setOpen(false));
    expect(document.activeElement).toBe(opener);

    // Opened again; the user's next key lands on the search box before the clean-up runs.
    await act(async () => setOpen(true));
    expect(document.activeElement?.textContent).toBe('Close');
    await act(async () => {
      setOpen(false);
      search.focus();
    });
    expect(document.activeElement).toBe(search);
  });
});

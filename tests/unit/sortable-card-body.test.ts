// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { SortableBoard } from '../../src/renderer/src/features/board/SortableBoard';
import type { Column } from '../../src/shared/plan-schema';

// React warns unless it knows it runs under a test's act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const columns: Column[] = [
  { id: 'todo', title: 'Backlog', role: 'todo', wipLimit: null },
  { id: 'doing', title: 'Doing', role: 'doing', wipLimit: null },
] as Column[];
const cells = { todo: ['a', 'b', 'c'], doing: ['d'] };
const names: Record<string, string> = { a: 'Alpha', b: 'Beta', c: 'Gamma', d: 'Delta' };

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

const tick = () => act(async () => new Promise((r) => setTimeout(r, 20)));

describe('issue 18: picking a card up re-renders the cards’ draggable shells, not their content', () => {
  it('Space on a grip lifts the card (pressed, "Picked up" announced), Escape puts it back; no card content is rendered again in the columns', async () => {
    const renders: Record<string, number> = {};
    const renderCard = (id: string) => {
      renders[id] = (renders[id] ?? 0) + 1;
      return createElement('p', { className: 'content' }, names[id]);
    };
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () =>
      root!.render(
        createElement(SortableBoard, {
          columns,
          cells,
          kind: 'project',
          nameOf: (id: string) => names[id]!,
          listLabel: (c: Column) => c.title,
          renderCard,
          onMove: () => undefined,
        }),
      ),
    );
    const atRest = { ...renders };
    expect(atRest).toEqual({ a: 1, b: 1, c: 1, d: 1 });

    const grip = host.querySelector<HTMLButtonElement>('button[aria-label="Move project Beta"]')!;
    grip.focus();
    await act(async () => {
      grip.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }));
    });
    await tick();
    expect(grip.getAttribute('aria-pressed')).toBe('true');
    expect(document.body.textContent).toContain('Picked up project Beta in column Backlog, position 2 of 3.');
    // The overlay under the pointer shows the lifted card once; the cards in the columns are not rendered again.
    expect(renders).toEqual({ ...atRest, b: atRest.b! + 1 });
    expect(host.querySelectorAll('.drag-overlay .content')).toHaveLength(1);

    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
    });
    await tick();
    expect(grip.getAttribute('aria-pressed')).not.toBe('true');
    expect(document.body.textContent).toContain('Moving Beta was cancelled. It is back in column Backlog, position 2 of 3.');
    expect(renders.a).toBe(1);
    expect(renders.c).toBe(1);
    expect(renders.d).toBe(1);
  });
});

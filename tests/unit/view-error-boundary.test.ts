// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from '../../src/renderer/src/components/ViewErrorBoundary';

// React warns unless it knows it runs under a test's act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Throws while `broken.now` is true, like the Roadmap did on a year-10000 date. */
const broken = { now: true, renders: 0 };
function Roadmap() {
  broken.renders++;
  if (broken.now) throw new RangeError('Invalid time value');
  return createElement('p', null, 'Week 1');
}

describe('issue 12 case 3: a render error shows a recoverable panel, never a blank window', () => {
  it('shows what failed and a Reload view button that mounts the view again; the rest of the page stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(createElement('div', null, createElement('nav', null, 'Board Roadmap Portfolio'), createElement(ViewErrorBoundary, { name: 'The Roadmap view', children: createElement(Roadmap) }))),
    );

    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.querySelector('h2')!.textContent).toBe('The Roadmap view could not be shown');
    expect(alert.textContent).toContain('Your plan is safe: nothing was changed or lost.');
    expect(alert.textContent).toContain('What failed: Invalid time value');
    expect(host.querySelector('nav')!.textContent).toBe('Board Roadmap Portfolio');
    const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Reload view')!;
    expect(button).toBeDefined();

    // Still broken: the panel stays (no blank, no loop).
    await act(async () => button.click());
    expect(host.querySelector('[role="alert"] h2')!.textContent).toBe('The Roadmap view could not be shown');

    broken.now = false;
    const rendersBefore = broken.renders;
    await act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Reload view')!.click());
    expect(broken.renders).toBeGreaterThan(rendersBefore);
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.textContent).toContain('Week 1');
    await act(async () => root.unmount());
  });
});

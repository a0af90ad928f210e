// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TODAY_POLL_MS, useLiveToday } from '../../src/renderer/src/live-today';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('issue 12 case 7: the renderer\'s "today" follows main\'s clock while the window stays open', () => {
  it('asks main again every minute, with no focus change, and shows the new day', async () => {
    vi.useFakeTimers();
    let mainDay = '2026-01-11';
    const asked: string[] = [];
    (window as unknown as { api: unknown }).api = {
      invoke: async (channel: string) => {
        asked.push(channel);
        return { ok: true, data: { today: mainDay } };
      },
    };
    function Today() {
      return createElement('p', null, useLiveToday('2026-01-11').today);
    }
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(createElement(Today)));
    expect(host.textContent).toBe('2026-01-11');

    mainDay = '2026-01-12'; // midnight passes in main
    await act(async () => {
      await vi.advanceTimersByTimeAsync(TODAY_POLL_MS);
    });
    expect(asked).toEqual(['app:today']);
    expect(host.textContent).toBe('2026-01-12');
    await act(async () => root.unmount());
  });
});

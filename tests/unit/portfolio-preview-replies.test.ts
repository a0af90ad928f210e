import { describe, expect, it } from 'vitest';
import { latestReplies } from '../../src/renderer/src/features/portfolio/preview-requests';

/** A request the test answers by hand, in any order. */
function controlled() {
  const pending: Array<{ request: string; resolve(reply: string): void; reject(error: Error): void }> = [];
  const ask = (request: string) => new Promise<string>((resolve, reject) => pending.push({ request, resolve, reject }));
  const seen: string[] = [];
  const gate = latestReplies(ask, { reply: (r) => seen.push(`reply ${r}`), failed: () => seen.push('failed') });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { pending, seen, gate, settle };
}

describe('the Portfolio preview shows only the newest reply (stale-reply rule)', () => {
  it('an older reply arriving after a newer one is dropped; in order, each newer one is shown', async () => {
    const { pending, seen, gate, settle } = controlled();
    gate.request('notes off');
    gate.request('notes on');
    expect(pending.map((p) => p.request)).toEqual(['notes off', 'notes on']);
    pending[1]!.resolve('with notes');
    await settle();
    pending[0]!.resolve('without notes');
    await settle();
    expect(seen).toEqual(['reply with notes']);

    gate.request('a');
    gate.request('b');
    pending[2]!.resolve('A');
    await settle();
    pending[3]!.resolve('B');
    await settle();
    expect(seen).toEqual(['reply with notes', 'reply A', 'reply B']);
  });

  it('a failure is reported only for the latest request, and a stale failure never hides a newer reply', async () => {
    const { pending, seen, gate, settle } = controlled();
    gate.request('1');
    gate.request('2');
    pending[0]!.reject(new Error('old request failed'));
    await settle();
    expect(seen).toEqual([]);
    pending[1]!.resolve('two');
    await settle();
    gate.request('3');
    pending[2]!.reject(new Error('main said no'));
    await settle();
    // The model on screen ('two') was not replaced; the page is told the latest failed.
    expect(seen).toEqual(['reply two', 'failed']);
    gate.request('4');
    pending[3]!.resolve('four');
    await settle();
    expect(seen).toEqual(['reply two', 'failed', 'reply four']);
  });

  it('says nothing once the view is gone', async () => {
    const { pending, seen, gate, settle } = controlled();
    gate.request('1');
    gate.request('2');
    gate.stop();
    pending[0]!.resolve('one');
    pending[1]!.reject(new Error('closed'));
    await settle();
    expect(seen).toEqual([]);
  });
});

import { useCallback, useEffect, useRef, useState } from 'react';
import type { PortfolioOptions } from '@shared/export/portfolio-model';
import type { ReplyOf } from '@shared/ipc/contract';
import { call } from '../../api';
import { useAppState } from '../../app-state';
import { latestReplies } from './preview-requests';

export type Preview = ReplyOf<'portfolio:preview'>;

/**
 * The very model the exporters in main render, asked from main (it builds it from the saved plan,
 * the options shown and its day) whenever the plan or the day changes here. Until the first reply
 * `preview` is null; afterwards it holds the newest reply, so the view never blanks while a new
 * one is on its way. `failed` is true when the latest request failed (the older model stays).
 */
export function usePortfolioPreview(): { preview: Preview | null; failed: boolean; retry(): void } {
  const { plan, today, curriculum } = useAppState();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failed, setFailed] = useState(false);
  const gate = useRef<ReturnType<typeof latestReplies<PortfolioOptions, Preview>> | null>(null);
  const options = plan.settings.portfolio;

  // One gate for the view's life, so replies are ordered across every change (declared first: it runs first).
  useEffect(() => {
    const replies = latestReplies((o: PortfolioOptions) => call('portfolio:preview', { options: o }), {
      reply: (next) => (setPreview(next), setFailed(false)),
      failed: () => setFailed(true),
    });
    gate.current = replies;
    return () => replies.stop();
  }, []);
  // Any change to the plan (notes, board, profile, options) or a new day asks again.
  useEffect(() => gate.current?.request(options), [plan, options, today, curriculum]);

  const retry = useCallback(() => gate.current?.request(options), [options]);
  return { preview, failed, retry };
}

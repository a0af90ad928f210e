import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/*
 * The reference page for "boot to first card": the app's own React (same package, same
 * production build) rendering ten static cards in a labelled list, with nothing else — no data
 * request, no styles, no app code. What a fresh page of this browser takes to show React's first
 * frame here is the floor under the app's boot figure (bench/reference.ts).
 */
const cards = Array.from({ length: 10 }, (_, i) =>
  h('li', { key: i }, h('article', { 'aria-label': `Project ${i + 1}` }, h('h3', null, `Project ${i + 1}`), h('p', null, 'Three steps, a stack, a note.'))),
);
const root = createRoot(document.getElementById('root')!);
flushSync(() => root.render(h('main', null, h('section', null, h('h2', null, 'Backlog'), h('ul', { 'aria-label': 'Backlog' }, cards)))));

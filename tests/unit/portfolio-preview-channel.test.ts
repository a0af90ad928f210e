import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/core/clock';
import { PLAN_FILE } from '../../src/main/core/plan-store';
import { dispatch } from '../../src/main/handlers/dispatch';
import { formatDate } from '../../src/shared/display-dates';
import { renderHtml } from '../../src/shared/export/html';
import { renderMarkdown } from '../../src/shared/export/markdown';
import type { PortfolioModel } from '../../src/shared/export/portfolio-model';
import type { TextPart } from '../../src/shared/export/text-links';
import { startTestServices } from '../support/test-services';
import { fixturePlan, TODAY } from './export-fixture';

interface PreviewReply {
  ok: boolean;
  data: { model: PortfolioModel; noteLinks: Record<string, TextPart[]> };
  error: { code: string; message: string };
}

const NOTES = 'Deployed at https://library.example/app (v2), notes on www.example.com and ftp://files.example.';

async function setup() {
  const services = await startTestServices({ prefix: 'preview', clock: fixedClock(TODAY) });
  const plan = fixturePlan();
  plan.projects['library-management-system']!.notes = NOTES;
  await services.store.replace(plan);
  await services.store.flush();
  // validateReplies: each reply is checked against the contract's reply schema, as in every handler test.
  const call = async (channel: string, payload: unknown) => (await dispatch(services.handlers, channel, payload, { validateReplies: true })) as unknown as PreviewReply;
  return { ...services, call };
}

/** Every link of an HTML document, [text, href] in order. */
const linksOf = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[2], m[1]]);

describe('portfolio:preview (main builds the Portfolio view\'s model)', () => {
  it('refuses malformed requests with a plain message, changing nothing', async () => {
    const { call, dataDir } = await setup();
    const before = await readFile(join(dataDir, PLAN_FILE), 'utf8');
    const good = { includeInProgress: true, includeProgress: false, includeNotes: true };
    for (const payload of [
      null,
      {},
      { options: null },
      { options: { ...good, includeNotes: 'yes' } },
      { options: { includeInProgress: true, includeProgress: false } },
      { options: { ...good, includeEverything: true } },
      { options: good, locale: 'en-GB', extra: 1 },
    ]) {
      const reply = await call('portfolio:preview', payload);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'The request to portfolio:preview was malformed.' } });
    }
    expect(await readFile(join(dataDir, PLAN_FILE), 'utf8')).toBe(before);
  });

  it("replies with the export's model: Markdown and HTML drawn from it are the exported files, in any locale", async () => {
    const { call, store } = await setup();
    const reply = await call('portfolio:preview', { options: store.plan.settings.portfolio });
    expect(reply.ok).toBe(true);
    const { model, noteLinks } = reply.data;
    expect(model.generatedOn).toBe(TODAY);
    expect(model.projects.map((p) => p.name)).toEqual(['Library Management System', 'Job Scraper', 'Chat Application', 'Weather Forecast API']);

    for (const [format, render] of [['markdown', renderMarkdown], ['html', renderHtml]] as const) {
      for (const locale of [undefined, 'en-GB', 'de-DE']) {
        const exported = (await call('portfolio:export', { format, to: 'download', locale })) as unknown as { data: { content: string } };
        const day = locale ? (d: string) => formatDate(d, locale, 'day') : undefined;
        expect(render(model, day)).toBe(exported.data.content);
      }
    }

    // The notes' parts: the typed text back whole, and exactly the links the exported page has in that note.
    const parts = noteLinks['library-management-system']!;
    expect(parts.map((p) => p.text).join('')).toBe(NOTES);
    expect(parts.filter((p) => p.href !== null).map((p) => [p.text, p.href])).toEqual([['https://library.example/app', 'https://library.example/app']]);
    const html = ((await call('portfolio:export', { format: 'html', to: 'download' })) as unknown as { data: { content: string } }).data.content;
    const noteHtml = html.slice(html.indexOf('<blockquote'), html.indexOf('</blockquote>'));
    expect(linksOf(noteHtml)).toEqual(parts.filter((p) => p.href !== null).map((p) => [p.text, p.href]));
    // Only shown notes are split: Job Scraper's blank notes are none.
    expect(Object.keys(noteLinks)).toEqual(['library-management-system']);
  });

  it('follows the options the page sends, not only the saved ones', async () => {
    const { call, store } = await setup();
    const saved = store.plan.settings.portfolio;
    expect(saved).toEqual({ includeInProgress: true, includeProgress: true, includeNotes: true });
    const reply = await call('portfolio:preview', { options: { includeInProgress: false, includeProgress: false, includeNotes: false } });
    expect(reply.ok).toBe(true);
    expect(reply.data.model.projects.map((p) => p.status)).toEqual(['done', 'done']);
    expect(reply.data.model.projects.every((p) => p.notes === null)).toBe(true);
    expect(reply.data.model.progress).toBeNull();
    expect(reply.data.noteLinks).toEqual({});
    // Asking changes nothing in the plan.
    expect(store.plan.settings.portfolio).toEqual(saved);
  });
});

import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * What the built renderer must not carry (issue 18: renderer JS ≤ 150 kB gzip, measured by
 * `npm run bench`). The size itself is a benchmark figure; what this test holds is its two causes
 * seen so far: a value import of a zod schema module (zod is ~25 kB gzip; main validates every
 * input, the renderer never needs it) and date-fns' `format`, which brings its English locale
 * (dates on screen go through Intl, display-dates.ts). Needs `npm run build` (npm test runs it).
 */
const ASSETS = resolve(process.env.PREP_PLANNER_OUT_DIR ?? 'out', 'renderer', 'assets');

async function rendererScripts(): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(ASSETS)).filter((n) => n.endsWith('.js'));
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(ASSETS, name), 'utf8') })));
}

describe('the built renderer bundle', () => {
  it('holds no zod: schema modules are imported for types only', async () => {
    const scripts = await rendererScripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /ZodError|\$ZodType/.test(s.text)).map((s) => s.name)).toEqual([]);
  });

  it("holds no date-fns locale: ISO days use lightFormat, dates on screen use Intl", async () => {
    const scripts = await rendererScripts();
    // Words only date-fns' English locale spells out (its formatDistance table).
    expect(scripts.filter((s) => /lessThanXSeconds|aboutXHours/.test(s.text)).map((s) => s.name)).toEqual([]);
  });

  it('lists the app chunk the entry loads at once in the page, so it loads beside the entry, and only that one', async () => {
    // main.tsx is a small entry that sends app:boot, then import('./root'); without these links the
    // browser would only ask for root's chunks once the entry had run (electron.vite.config.ts).
    const html = await readFile(resolve(ASSETS, '..', 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/assets\/([^"]+)">/g)].map((m) => m[1]!);
    const entry = /<script type="module" crossorigin src="\.\/assets\/([^"]+)">/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const entryText = await readFile(join(ASSETS, entry!), 'utf8');
    const root = preloaded.find((f) => /^root-.*\.js$/.test(f));
    expect(root, 'the app chunk is preloaded').toBeDefined();
    // The entry really imports it lazily, under that name (a renamed chunk would be preloaded for nothing).
    expect(entryText).toContain(root!);
    // Every preloaded file exists, and the scripts are just these two: gzip packs each file alone, so
    // each extra file costs bytes (electron.vite.config.ts; the views folded into root in s9).
    const files = await readdir(ASSETS);
    for (const f of preloaded) expect(files).toContain(f);
    expect(files.filter((f) => f.endsWith('.js')).sort()).toEqual([entry!.replace(/^.*\//, ''), root!].sort());
    // Its stylesheet is fetched early too, as a preload (not render-blocking; Vite's loader applies it).
    const styles = [...html.matchAll(/<link rel="preload" as="style" crossorigin href="\.\/assets\/([^"]+)">/g)].map((m) => m[1]!);
    expect(styles.some((f) => /^root-.*\.css$/.test(f))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The theme tokens in styles.css meet WCAG 2.1 AA in both schemes: 4.5:1 for every text colour on
 * every background it is used on (1.4.3), including the 16–22 % tints badges and counts sit on.
 * Contrast by the WCAG 2.1 relative-luminance formula.
 */
const CSS = readFileSync(join(__dirname, '../../src/renderer/src/styles.css'), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const light = tokens(CSS.slice(CSS.indexOf(':root'), CSS.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...tokens(CSS.slice(CSS.indexOf('@media (prefers-color-scheme: dark)'))) };

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** color-mix(in srgb, fg share%, bg), rounded as browsers do. */
const mix = (fg: string, bg: string, share: number) =>
  '#' + rgb(fg).map((v, i) => Math.round(v * share + rgb(bg)[i]! * (1 - share)).toString(16).padStart(2, '0')).join('');

describe.each([['light', light], ['dark', dark]] as const)('%s theme tokens', (_name, t) => {
  const backgrounds = ['bg', 'surface', 'surface-2'];
  it.each(['text', 'muted', 'accent'])('--%s reads at 4.5:1 on every surface', (fg) => {
    expect(Math.min(...backgrounds.map((bg) => contrast(t[fg]!, t[bg]!)))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(['ok', 'warn', 'danger'])('--%s reads at 4.5:1 on every surface and on its own 16 %% and 22 %% tints (badges, counts)', (fg) => {
    const onSurfaces = backgrounds.map((bg) => contrast(t[fg]!, t[bg]!));
    const onTints = [0.16, 0.22].map((share) => contrast(t[fg]!, mix(t[fg]!, t.surface!, share)));
    expect(Math.min(...onSurfaces, ...onTints)).toBeGreaterThanOrEqual(4.5);
  });
  it('--accent reads at 4.5:1 on --accent-soft (selected tab, tags, chips)', () => {
    expect(contrast(t.accent!, t['accent-soft']!)).toBeGreaterThanOrEqual(4.5);
  });
  it('--on-accent reads at 4.5:1 on --accent-fill (primary buttons, "You are here")', () => {
    expect(contrast(t['on-accent']!, t['accent-fill']!)).toBeGreaterThanOrEqual(4.5);
  });
  it('--accent (focus ring) stands out at 3:1 from the surfaces (1.4.11)', () => {
    for (const bg of backgrounds) expect(contrast(t.accent!, t[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast formula', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#3b5bdb', '#3b5bdb')).toBe(1);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Views' stylesheets stay in their own lane. A view's CSS loads once and then applies to the whole
 * app, so a class it styles without a scope (e.g. Roadmap's old `.chip`) restyles every other view
 * that uses the same class. The rule: the class that starts a selector (its first class, before any
 * descendant combinator) is styled unscoped, and only one stylesheet may do that for a given class.
 * Scoped uses (`.roadmap .week`, `.project-folder .button`) stay free: they cannot leak.
 */
const ROOT = join(__dirname, '../../src/renderer/src');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
}

/** Each rule's selectors, with comments, at-rule headers and declaration blocks taken out. */
export function selectorsOf(css: string): string[] {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  for (const match of clean.matchAll(/([^{}]+)\{/g)) {
    const head = match[1]!.trim();
    if (head.startsWith('@') || head === '' || /^(from|to|\d+%)$/.test(head)) continue;
    out.push(...head.split(',').map((s) => s.trim()).filter(Boolean));
  }
  return out;
}

const classesIn = (selector: string) => [...selector.replace(/\[[^\]]*\]/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
/** The first class of the selector's first compound: what the rule styles unscoped. */
const leadingClass = (selector: string) => classesIn(selector.split(/\s+|>|\+|~/).find(Boolean) ?? '')[0];

/** Each class styled unscoped by more than one stylesheet, with the files that do it. */
export function collisions(files: Record<string, string>): string[] {
  const owners = new Map<string, Set<string>>();
  for (const [name, css] of Object.entries(files)) {
    for (const selector of selectorsOf(css)) {
      const cls = leadingClass(selector);
      if (cls) owners.set(cls, (owners.get(cls) ?? new Set()).add(name));
    }
  }
  return [...owners].filter(([, names]) => names.size > 1).map(([cls, names]) => `.${cls} is styled unscoped in ${[...names].join(' and ')}`);
}

describe('view stylesheets do not collide', () => {
  it('no class is styled by two stylesheets', () => {
    const files = Object.fromEntries(cssFiles(ROOT).sort().map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')]));
    expect(Object.keys(files).length).toBeGreaterThan(3);
    expect(collisions(files)).toEqual([]);
  });

  it('catches an unscoped class redefined by another view (the Roadmap .chip case)', () => {
    const found = collisions({ 'board.css': '.chip { color: red } .chip[aria-pressed="true"] { color: blue }', 'roadmap.css': '.chip { color: green }' });
    expect(found).toEqual(['.chip is styled unscoped in board.css and roadmap.css']);
    expect(collisions({ 'board.css': '.chip { color: red }', 'roadmap.css': '.roadmap .chip { color: green } .rm-chip { color: green }' })).toEqual([]);
  });
});

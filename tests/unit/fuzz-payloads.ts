import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Payload builders for fuzzing the IPC contract without knowing its channels in advance: a valid
 * example is found by walking the zod schema, and the malformed variants are made from it.
 */

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

const LEAF_CANDIDATES: unknown[] = [
  'project-1', 'a', 'Ada Lovelace', '2026-03-02', 'https://example.com/', 'mailto:a@example.com', '/tmp/prep-planner-fuzz',
  1, 0, 2, 0.5, 10, 100, true, false, null, [], {},
];

/** A value the schema accepts, filling optional keys too (so more of the shape is exercised), or undefined. */
export function sampleValid(schema: z.ZodType, depth = 0): unknown {
  if (depth > 12) return undefined;
  const def = defOf(schema);
  const attempt = (value: unknown) => (value !== undefined && accepts(schema, value) ? value : undefined);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const full: Record<string, unknown> = {};
      const required: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        const value = sampleValid(field, depth + 1);
        if (value !== undefined) full[key] = value;
        if (!accepts(field, undefined)) required[key] = value;
      }
      return attempt(full) ?? attempt(required);
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return attempt(sampleValid(def.innerType as z.ZodType, depth + 1)) ?? attempt(def.type === 'nullable' ? null : undefined);
    case 'pipe':
      return attempt(sampleValid(def.in as z.ZodType, depth + 1));
    case 'lazy':
      return attempt(sampleValid((def.getter as () => z.ZodType)(), depth + 1));
    case 'union':
      for (const option of def.options as z.ZodType[]) {
        const value = attempt(sampleValid(option, depth + 1));
        if (value !== undefined) return value;
      }
      return undefined;
    case 'array': {
      const item = sampleValid(def.element as z.ZodType, depth + 1);
      return attempt([]) ?? attempt(item === undefined ? undefined : [item]);
    }
    case 'record':
      return attempt({}) ?? attempt({ 'project-1': sampleValid(def.valueType as z.ZodType, depth + 1) });
    case 'enum':
      return attempt(Object.values(def.entries as Record<string, unknown>)[0]);
    case 'literal':
      return attempt((def.values as unknown[])[0]);
    default:
      for (const candidate of LEAF_CANDIDATES) if (accepts(schema, candidate)) return candidate;
      return undefined;
  }
}

export type Path = Array<string | number>;

/** Every position in a JSON value: objects, arrays and leaves, with the value found there. */
export function positions(value: unknown, path: Path = []): Array<{ path: Path; value: unknown }> {
  const here = [{ path, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => positions(v, [...path, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => positions(v, [...path, k]))];
  return here;
}

/** A deep copy with the value at `path` replaced (JSON round trip: payloads cross IPC as data). */
export function replaceAt(root: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = next;
  return copy;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Values of a different JSON type from `value` (a string where a number goes, etc.). */
export const wrongTypeFor = (value: unknown) =>
  fc
    .oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }))
    .filter((v) => typeOf(v) !== typeOf(value));

/**
 * Keys that poison plain objects when merged carelessly. Built with JSON.parse so `__proto__` is
 * an own key, as it is when a payload is deserialised from IPC.
 */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
export const pollutingObject = (key: string, inner: unknown) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(inner)}}`) as Record<string, unknown>;

/** `object` with `extra` merged in as own keys, without running any setter. */
export function withOwnKeys(object: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(object)) as Record<string, unknown>;
  for (const key of Object.keys(extra)) Object.defineProperty(copy, key, { value: extra[key], enumerable: true, writable: true, configurable: true });
  return copy;
}

import { inflateSync } from 'node:zlib';

/**
 * Extracts the text of a PDF made by Chromium (Skia/PDF): Type0 fonts with Identity-H encoding
 * and a ToUnicode CMap, text shown with `<hex> Tj` / `[...] TJ` inside BT…ET. That is all Skia
 * writes, so this small reader is enough to check what a printed page *says* without a PDF
 * library; it is not a general PDF parser. Each BT…ET block becomes one line.
 */
export function pdfText(bytes: Uint8Array): { pages: number; text: string; pageTexts: string[] } {
  const buffer = Buffer.from(bytes);
  const source = buffer.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const m of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(m[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = m.index! + m[0].indexOf(body) + at + body.slice(at).match(/^stream\r?\n/)![0].length;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
    const raw = buffer.subarray(start, length >= 0 ? start + length : start + body.indexOf('endstream') - at);
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
    objects.set(m[1]!, { dict, stream });
  }

  const cmaps = new Map<string, Map<string, string>>();
  const cmapOfFont = (ref: string) => {
    if (!cmaps.has(ref)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(ref)?.dict ?? '')?.[1];
      cmaps.set(ref, parseCMap(toUnicode ? (objects.get(toUnicode)?.stream ?? '') : ''));
    }
    return cmaps.get(ref)!;
  };

  const lines: string[] = [];
  const pageTexts: string[] = [];
  let pages = 0;
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b(?!s)/.test(dict)) continue;
    pages++;
    const firstLine = lines.length;
    const fonts = new Map([...(/\/Font <<([^>]*)>>/.exec(dict)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)].map((f) => [f[1]!, f[2]!]));
    const contents = [...(/\/Contents (?:\[([^\]]*)\]|(\d+) 0 R)/.exec(dict) ?? []).slice(1).join(' ').matchAll(/(\d+)(?: 0 R)?/g)].map((c) => c[1]!);
    for (const ref of contents) {
      let cmap = new Map<string, string>();
      let line = '';
      for (const op of (objects.get(ref)?.stream ?? '').matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj|\[([^\]]*)\] TJ|\bET\b/g)) {
        if (op[1]) cmap = cmapOfFont(fonts.get(op[1]) ?? '');
        else if (op[2] !== undefined) line += decode(op[2], cmap);
        else if (op[3] !== undefined) line += [...op[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => decode(h[1]!, cmap)).join('');
        else {
          lines.push(line);
          line = '';
        }
      }
    }
    pageTexts.push(lines.slice(firstLine).join('\n').normalize('NFKC'));
  }
  // NFKC folds the ligatures Skia emits (ﬁ → fi), so searches match what a reader sees.
  // pageTexts: one entry per page object, in the file's order (enough to tell pages apart).
  return { pages, text: lines.join('\n').normalize('NFKC'), pageTexts };
}

function decode(hex: string, cmap: Map<string, string>): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += cmap.get(hex.slice(i, i + 4).toUpperCase()) ?? '\uFFFD';
  return out;
}

const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/** bfchar and bfrange entries of a ToUnicode CMap, glyph code (4 hex digits) → text. */
function parseCMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(m[1]!.toUpperCase().padStart(4, '0'), utf16(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const list = m[4] ? [...m[4].matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => x[1]!) : null;
      for (let code = lo; code <= hi; code++) {
        if (list) map.set(hex4(code), utf16(list[code - lo] ?? ''));
        else {
          const base = m[3]!;
          const last = parseInt(base.slice(-4), 16) + (code - lo);
          map.set(hex4(code), utf16(base.slice(0, -4) + hex4(last)));
        }
      }
    }
  }
  return map;
}

import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  js: { raw: number; gzip: number; files: number };
  css: { raw: number; gzip: number; files: number };
}

/**
 * Sums every JS and CSS file the renderer build emitted, lazy chunks included: what the app
 * ships is what the user's disk and parser pay for. Gzip at zlib's default level, as Vite reports.
 */
export async function measureBundle(rendererDir: string): Promise<BundleSize> {
  const size: BundleSize = { js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 } };
  const assets = join(rendererDir, 'assets');
  for (const name of await readdir(assets, { recursive: true })) {
    const kind = { '.js': 'js', '.mjs': 'js', '.css': 'css' }[extname(name)] as keyof BundleSize | undefined;
    if (!kind) continue;
    const body = await readFile(join(assets, name));
    size[kind].raw += body.length;
    size[kind].gzip += gzipSync(body).length;
    size[kind].files++;
  }
  return size;
}

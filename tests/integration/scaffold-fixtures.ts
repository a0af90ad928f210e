import { mkdir, mkdtemp, readdir, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { realFs, type FsPort } from '../../src/main/core/fs-port';
import type { ScaffoldProject } from '../../src/main/core/scaffold/template-values';

export const TEMPLATES_DIR = resolve('resources', 'templates');

/** A sandbox with a workspace inside it, so anything written beside the workspace shows up. */
export async function sandbox(prefix = 'scaffold') {
  const root = await realpath(await mkdtemp(join(tmpdir(), `pp-${prefix}-`)));
  const workspace = join(root, 'workspace');
  const outside = join(root, 'outside');
  await mkdir(workspace);
  await mkdir(outside);
  return { root, workspace, outside };
}

/** Every path under `dir`, relative to it, folders with a trailing slash (links not followed). */
export async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/') + (e.isDirectory() ? '/' : ''))
    .sort();
}

export const sampleProject = (overrides: Partial<ScaffoldProject> = {}): ScaffoldProject => ({
  id: 'job-scraper',
  name: 'Job Scraper',
  description: 'A script to scrape job listings and store them in a database.',
  stack: ['Python', 'BeautifulSoup', 'MongoDB'],
  stackText: 'Python, BeautifulSoup, MongoDB',
  steps: [
    { title: 'Use BeautifulSoup for scraping.', done: true },
    { title: 'Store data in MongoDB.', done: false },
  ],
  weeks: [{ number: 7, focus: 'Web Scraping' }, { number: 8, focus: 'Database Interaction' }],
  ...overrides,
});

export const errno = (code: string, path = '') => Object.assign(new Error(`${code}: simulated, '${path}'`), { code, path });

type Op = 'mkdir' | 'open' | 'write';
/**
 * The real file system, except that `fail(op, path)` may return an errno code to throw instead:
 * how tests produce EACCES, ENOSPC or EROFS, which root would otherwise never see.
 */
export function faultyFs(fail: (op: Op, path: string) => string | null): FsPort {
  return {
    ...realFs,
    mkdir: (async (path: string, options?: unknown) => {
      const code = fail('mkdir', String(path));
      if (code) throw errno(code, String(path));
      return realFs.mkdir(path, options as never);
    }) as FsPort['mkdir'],
    open: (async (path: string, flags?: string, mode?: number) => {
      const code = fail('open', String(path));
      if (code) throw errno(code, String(path));
      const handle = await realFs.open(path, flags, mode);
      const writeCode = fail('write', String(path));
      if (!writeCode) return handle;
      // Like a disk filling up mid-file: some bytes land, then the write fails.
      return Object.assign(Object.create(handle), {
        writeFile: async () => {
          await handle.write('partial');
          throw errno(writeCode, String(path));
        },
        close: () => handle.close(),
      });
    }) as FsPort['open'],
  };
}

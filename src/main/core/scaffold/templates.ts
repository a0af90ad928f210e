import { join } from 'node:path';
import { AppError } from '@shared/ipc/result';
import type { FsPort } from '../fs-port';
import { safeSegments } from './safe-path';

export interface TemplateFile {
  /** `/`-separated path relative to the template folder, placeholders not yet filled. */
  path: string;
  content: string;
}

/** Folder under the templates folder holding one sub-folder per template part. */
export const PARTS_DIR = 'parts';
export const STACK_PACKAGES_FILE = 'stack-packages.json';
/** Guards against a template folder pointed at something huge by mistake. */
const MAX_FILES = 200;
const MAX_FILE_BYTES = 1_000_000;

const PLACEHOLDER = /\{\{([a-z_][a-z0-9_]*)\}\}/g;

/** Fills `{{name}}` placeholders; unknown names are left as written (Jinja's `{{ x }}` too). */
export function renderTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

/** Renders a template's path; a file named `dot-x` becomes `.x` (installers drop dotfiles). */
export function renderTemplatePath(path: string, values: Readonly<Record<string, string>>): string {
  const rendered = renderTemplate(path, values)
    .split('/')
    .map((segment) => (segment.startsWith('dot-') && segment.length > 4 ? `.${segment.slice(4)}` : segment))
    .join('/');
  safeSegments(rendered);
  return rendered;
}

/**
 * Reads every regular file of the given parts (`<templatesDir>/parts/<part>/…`), in part order;
 * links are skipped. Where two parts hold the same path, both are returned: the caller keeps the
 * later one, which is how a specific part replaces a general one (e.g. a kind's tests/__init__.py).
 */
export async function loadTemplateParts(fs: FsPort, templatesDir: string, parts: readonly string[]): Promise<TemplateFile[]> {
  const files: TemplateFile[] = [];
  for (const part of parts) files.push(...(await loadPart(fs, join(templatesDir, PARTS_DIR, part), files.length)));
  return files;
}

async function loadPart(fs: FsPort, root: string, alreadyLoaded: number): Promise<TemplateFile[]> {
  const files: TemplateFile[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), rel);
      else if (entry.isFile()) {
        if (alreadyLoaded + files.length >= MAX_FILES) throw new AppError('invalid-input', `The project template has more than ${MAX_FILES} files.`);
        const content = await fs.readFile(join(dir, entry.name), 'utf8');
        if (Buffer.byteLength(content) > MAX_FILE_BYTES) throw new AppError('invalid-input', `The template file ${rel} is larger than 1 MB.`);
        files.push({ path: rel, content });
      }
    }
  };
  try {
    await walk(root, '');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not-found', `The project templates could not be read from ${root}.`, [String((error as Error)?.message ?? error)]);
  }
  if (files.length === 0) throw new AppError('not-found', `The project template folder ${root} is empty.`);
  return files;
}

/** Stack tag → PyPI package names, from `stack-packages.json` beside the template. */
export async function loadStackPackages(fs: FsPort, templatesDir: string): Promise<Record<string, string[]>> {
  const file = join(templatesDir, STACK_PACKAGES_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new AppError('invalid-input', `${file} could not be read as JSON.`, [String((error as Error)?.message ?? error)]);
  }
  const valid =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) &&
    Object.values(parsed).every((v) => Array.isArray(v) && v.every((p) => typeof p === 'string' && PYPI_NAME.test(p)));
  if (!valid) throw new AppError('invalid-input', `${file} must map each stack tag to a list of PyPI package names.`);
  return parsed as Record<string, string[]>;
}

/** PEP 508 names, optionally with a version specifier ("flask>=3"). */
const PYPI_NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?(\[[A-Za-z0-9,._-]+\])?\s*([<>=!~]=?[^"\\\n]*)?$/;

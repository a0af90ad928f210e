import slugify from '@sindresorhus/slugify';
import filenamify from 'filenamify';
import { shadowsModule } from './python-names';
import { wellFormed } from './text';

/** Long enough for any real project name, short enough to stay far from path-length limits. */
export const MAX_FOLDER_NAME = 60;

/** Names Windows reserves in every folder, with or without an extension (case-insensitive). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

const PYTHON_KEYWORDS = new Set(
  'false none true and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case type'.split(' '),
);

/**
 * The folder a project gets inside the workspace: one plain path segment made only of
 * `a-z`, `0-9` and `-`, so no name (`..`, slashes, drive letters, control characters, reserved
 * device names, trailing dots) can point anywhere else. Names that slug to nothing (emoji, scripts
 * the slug library cannot transliterate) fall back to the project id, then to "project".
 */
export function projectFolderName(name: string, fallback = 'project'): string {
  for (const candidate of [name, fallback, 'project']) {
    const slug = truncateSlug(slugify(wellFormed(candidate), { decamelize: false }));
    if (!slug) continue;
    const safe = WINDOWS_RESERVED.test(slug) ? `${slug}-project` : slug;
    // A second, independent library check: a clean slug passes filenamify unchanged.
    if (filenamify(safe, { replacement: '-', maxLength: MAX_FOLDER_NAME }) === safe) return safe;
  }
  return 'project';
}

function truncateSlug(slug: string): string {
  if (slug.length <= MAX_FOLDER_NAME) return slug;
  const cut = slug.slice(0, MAX_FOLDER_NAME);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/**
 * An importable Python package name for the folder slug (`job-scraper` → `job_scraper`): never a
 * keyword, and never the name of a module it would hide (`flask` → `flask_app`, `tests` →
 * `tests_app`, `email` → `email_app`; see python-names.ts).
 */
export function pythonPackageName(slug: string): string {
  let name = slug.replace(/[^a-z0-9]+/gi, '_').replace(/^_+|_+$/g, '').toLowerCase();
  if (!name) name = 'project';
  if (/^[0-9]/.test(name)) name = `project_${name}`;
  if (PYTHON_KEYWORDS.has(name)) name = `${name}_project`;
  if (shadowsModule(name)) name = `${name}_app`;
  return name;
}

/**
 * The distribution name in pyproject.toml: the package's, dashed (`job-scraper`). Never the
 * folder slug as such: a project called "Flask" named `flask` would satisfy its own dependency
 * on Flask, so pip would never install the real one.
 */
export const distributionName = (slug: string): string => pythonPackageName(slug).replace(/_/g, '-');

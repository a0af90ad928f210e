import { join } from 'node:path';
import { z } from 'zod';
import { isErrno, type FsPort } from '../fs-port';
import { DOMAINS, FALLBACK_DOMAIN, type Domain } from './domains';
import { TEMPLATE_KINDS, type TemplateChoice } from './template-kind';

/**
 * The record a scaffold leaves in its folder: which template parts and which domain it was made
 * from. Running the scaffold again lays down missing files from *this* layout, not from whatever
 * the project's steps, stack or framework choice would pick today — a file from another layout
 * (say `tests/test_rate_limit.py` after a step mentioning rate limits was added) would fail
 * against the app files the learner kept.
 */
export const LAYOUT_FILE = '.prep-planner.json';

/** Files that never import the package, so any layout may restore them (see `restoreOnlyDocs`). */
export const STANDALONE_FILES: readonly string[] = ['.gitignore', 'NOTES.md'];

export interface ScaffoldLayout {
  choice: TemplateChoice;
  domain: Domain;
}

const Identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/);
const LayoutSchema = z.object({
  version: z.literal(1),
  template: z.object({
    kind: z.enum(TEMPLATE_KINDS),
    parts: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1).max(30),
    flaskExtensions: z.array(Identifier).max(30),
    react: z.boolean(),
    deploy: z.boolean(),
    extraDependencies: z.array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)).max(30),
    domain: z.string(),
  }),
});

const MAX_BYTES = 64 * 1024;

/** The layout file's text: JSON with a line saying what it is for. */
export function layoutFileContent({ choice, domain }: ScaffoldLayout): string {
  const { kind, parts, flaskExtensions, react, deploy, extraDependencies } = choice;
  const record = {
    about: 'Written by Prep Planner: the template this folder was made from. Creating the folder again restores missing files from this layout only. Keep this file.',
    version: 1,
    template: { kind, parts, flaskExtensions, react, deploy, extraDependencies, domain: domain.resource },
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The layout in a layout file's text, or null when it is not a valid one (edited, another version). */
export function parseLayout(text: string): ScaffoldLayout | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = LayoutSchema.safeParse(json);
  if (!parsed.success) return null;
  const { domain: resource, ...choice } = parsed.data.template;
  const domain = [...DOMAINS, FALLBACK_DOMAIN].find((d) => d.resource === resource);
  if (!domain || choice.parts[0] !== 'base') return null;
  return { choice, domain };
}

export type FolderLayout =
  | { state: 'new' }
  | { state: 'recorded'; layout: ScaffoldLayout }
  /** The package's code is there but not the record of its layout (made before records, or deleted). */
  | { state: 'unknown' };

const lstatOrNull = async (fs: FsPort, path: string) => {
  try {
    return await fs.lstat(path);
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) return null;
    throw error;
  }
};

/**
 * What an existing project folder says about its layout. `folder` is inside the real workspace;
 * a layout file that is a link or too large is not trusted (treated as missing).
 */
export async function readFolderLayout(fs: FsPort, folder: string, packageName: string): Promise<FolderLayout> {
  // A missing folder is new; a link or a file there is refused later by writeScaffold, unread.
  if (!(await lstatOrNull(fs, folder))?.isDirectory()) return { state: 'new' };
  const file = await lstatOrNull(fs, join(folder, LAYOUT_FILE));
  if (file?.isFile() && file.size <= MAX_BYTES) {
    const layout = parseLayout(await fs.readFile(join(folder, LAYOUT_FILE), 'utf8'));
    if (layout) return { state: 'recorded', layout };
  }
  // The learner's own half-started folder (a README, a test) still gets the whole scaffold; a
  // folder whose package or Django project is already there came from a layout we cannot know.
  for (const code of [join('src', packageName), 'manage.py']) if (await lstatOrNull(fs, join(folder, code))) return { state: 'unknown' };
  return { state: 'new' };
}

const describe = ({ choice, domain }: ScaffoldLayout) =>
  `${choice.parts.filter((p) => p !== 'base').join(' + ') || 'base'} (${domain.resource})`;

/** Plain words for the report when the folder's layout is not the one the project would get today. */
export function layoutNotice(found: FolderLayout, current: ScaffoldLayout): string | undefined {
  if (found.state === 'unknown') {
    return `This folder already holds the project's code but no ${LAYOUT_FILE} saying which template made it, so only ${STANDALONE_FILES.join(' and ')} were restored if missing; code and tests were left as they are.`;
  }
  if (found.state !== 'recorded') return undefined;
  const [then, now] = [describe(found.layout), describe(current)];
  if (then === now) return undefined;
  return `This folder was made as ${then}; missing files were restored in that layout so they fit the code you kept. The project now calls for ${now}: to start from that instead, move or rename the folder and create it again.`;
}

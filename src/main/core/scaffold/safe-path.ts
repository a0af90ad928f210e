import { isAbsolute, relative, sep } from 'node:path';
import { AppError } from '@shared/ipc/result';

/**
 * Whether `candidate` lies strictly inside `root`. Decided with `path.relative` on paths the
 * caller has already resolved with realpath, never with a string prefix: `/work/space-evil` starts
 * with `/work/space` yet is outside it, and a symlink can make a path that looks inside point out.
 */
export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  if (rel === '' || isAbsolute(rel)) return false;
  return rel.split(sep)[0] !== '..';
}

const RESERVED_SEGMENT = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f<>:"|?*\\/]/;

/** Why one path segment (a file or folder name) is unsafe to create, or null when it is fine. */
export function unsafeSegmentReason(segment: string): string | null {
  if (segment === '' || segment === '.' || segment === '..') return 'is empty or a relative step';
  if (UNSAFE_CHARS.test(segment)) return 'contains a slash, colon, control character or other reserved character';
  if (/[. ]$/.test(segment)) return 'ends with a dot or a space';
  if (RESERVED_SEGMENT.test(segment)) return 'is a name Windows reserves';
  if (Buffer.byteLength(segment) > 200) return 'is too long';
  return null;
}

/** Splits a template's relative path (always `/`-separated) and refuses any unsafe segment. */
export function safeSegments(relPath: string): string[] {
  const segments = relPath.split('/');
  for (const segment of segments) {
    const reason = unsafeSegmentReason(segment);
    if (reason) throw new AppError('unsafe-path', `The template path "${relPath}" is not allowed: "${segment}" ${reason}.`);
  }
  return segments;
}

import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import type { FsPort } from '../fs-port';

/** Runs git with `args` in `cwd`; rejects with ENOENT when git is not on the PATH. */
export type GitRunner = (args: string[], cwd: string) => Promise<{ code: number; stdout: string }>;

export interface GitOutcome {
  status: 'committed' | 'skipped' | 'failed';
  /** One plain sentence for the user. */
  message: string;
}

/** git from the PATH, with any GIT_* variables of ours removed so they cannot point it elsewhere. */
export const realGit: GitRunner = (args, cwd) =>
  new Promise((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
    execFile('git', args, { cwd, env: { ...env, GIT_TERMINAL_PROMPT: '0' }, timeout: 30_000 }, (error, stdout) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return reject(error);
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout) });
    });
  });

// Never prompt for a signing key or print the default-branch hint in a learner's first commit.
const QUIET = ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'core.hooksPath=/dev/null'];
const FALLBACK_IDENTITY = ['-c', 'user.name=Prep Planner', '-c', 'user.email=prep-planner@localhost'];

/**
 * Makes `folder` a Git repository with one commit of everything in it, for a folder this scaffold
 * run has just created. Never touches an existing repository: when `folder` is already inside
 * a work tree (its own `.git` or any parent's), it does nothing. Without git on the PATH it does
 * nothing either. If the commit fails, the `.git` folder it created is removed again.
 */
export async function initRepository(fs: FsPort, folder: string, projectName: string, git: GitRunner = realGit): Promise<GitOutcome> {
  try {
    if ((await git(['--version'], folder)).code !== 0) return { status: 'skipped', message: 'Git did not run, so no repository was started.' };
  } catch {
    return { status: 'skipped', message: 'Git is not installed (not on the PATH), so no repository was started.' };
  }
  try {
    return await commitEverything(fs, folder, projectName, git);
  } catch {
    return { status: 'failed', message: 'Git stopped unexpectedly; the folder is ready, start the repository yourself with git init.' };
  }
}

async function commitEverything(fs: FsPort, folder: string, projectName: string, git: GitRunner): Promise<GitOutcome> {
  // Two checks: git's own answer, and a `.git` anywhere up the tree (git refuses to answer for a
  // repository owned by another user, and that must not read as "no repository here").
  if ((await git(['rev-parse', '--git-dir'], folder)).code === 0 || (await gitEntryAbove(fs, folder))) {
    return { status: 'skipped', message: 'The folder is inside an existing Git repository, so it was left to that repository.' };
  }
  const named = (await git(['config', 'user.email'], folder)).code === 0 && (await git(['config', 'user.name'], folder)).code === 0;
  const identity = named ? [] : FALLBACK_IDENTITY;
  const steps = [
    [...QUIET, 'init', '-q'],
    [...QUIET, 'add', '-A'],
    [...QUIET, ...identity, 'commit', '-q', '--no-verify', '-m', `Start ${projectName} from Prep Planner's scaffold`],
  ];
  for (const [i, args] of steps.entries()) {
    if ((await git(args, folder)).code !== 0) {
      if (i > 0) await fs.rm(join(folder, '.git'), { recursive: true, force: true });
      return { status: 'failed', message: 'Git could not make the first commit; the folder is ready, start the repository yourself with git init.' };
    }
  }
  return { status: 'committed', message: 'Started a Git repository with a first commit of these files.' };
}

async function gitEntryAbove(fs: FsPort, folder: string): Promise<boolean> {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (await fs.lstat(join(dir, '.git')).then(() => true, () => false)) return true;
    if (dirname(dir) === dir) return false;
  }
}

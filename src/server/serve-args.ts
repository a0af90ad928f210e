export interface ServeArgs {
  port?: number;
  host?: string;
  dataDir?: string;
  /** False with --no-open (or PREP_PLANNER_NO_OPEN=1): print the address only. */
  open: boolean;
}

const USAGE = 'Usage: npm run serve -- [--port N] [--data-dir PATH] [--no-open]';

/**
 * Browser mode's options. `--browser` is accepted and ignored (it is how `npm start` was told to
 * come here). `--host` exists only so a wrong value gets a clear refusal instead of being ignored.
 */
export function parseServeArgs(argv: readonly string[], env: Record<string, string | undefined> = process.env): ServeArgs | { error: string } {
  const args: ServeArgs = { open: env.PREP_PLANNER_NO_OPEN !== '1' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--browser') continue;
    if (flag === '--no-open') args.open = false;
    else if (flag === '--port') {
      const text = value();
      const port = Number(text);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `--port needs a number from 0 to 65535; got ${text ?? 'nothing'}. ${USAGE}` };
      args.port = port;
    } else if (flag === '--host') {
      const text = value();
      if (!text) return { error: `--host needs an address. ${USAGE}` };
      args.host = text;
    } else if (flag === '--data-dir') {
      const text = value();
      if (!text) return { error: `--data-dir needs a folder. ${USAGE}` };
      args.dataDir = text;
    } else return { error: `Unknown option ${flag}. ${USAGE}` };
  }
  return args;
}

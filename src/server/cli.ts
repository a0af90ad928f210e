import { resolve } from 'node:path';
import { resolveDataDir } from '../main/core/data-dir';
import { startBrowserApp } from './browser-app';
import { parseServeArgs } from './serve-args';
import { desktopUserDataDir } from './user-data-dir';

/**
 * `npm run serve` / browser mode of `npm start`: starts the app behind the local server and stops
 * it cleanly on Ctrl+C (SIGINT) or SIGTERM, after the last write is on disk.
 */
export async function main(argv: string[]): Promise<void> {
  const args = parseServeArgs(argv);
  if ('error' in args) {
    console.error(args.error);
    process.exitCode = 2;
    return;
  }
  const dataDir = args.dataDir ? resolve(args.dataDir) : resolveDataDir(process.env, desktopUserDataDir());
  const app = await startBrowserApp({ dataDir, ...(args.port ? { port: args.port } : {}), ...(args.host ? { host: args.host } : {}), openBrowser: args.open });
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping Prep Planner…`);
    app.stop().then(
      () => {
        console.log('Stopped. Your plan is saved.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`Stopped, but the last change may not be saved: ${(error as Error)?.message ?? error}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('Ctrl+C'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

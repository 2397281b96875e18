/**
 * `npm run preview [-- --port N]`: serves the built sidebar beside a live view of the emulated
 * spreadsheet, for clicking through the add-on with no Google account.
 */
import { startPreview } from './server';

export const DEFAULT_PORT = 8787;
const USAGE = 'usage: npm run preview [-- --port N]';

function parsePort(argv: readonly string[]): number {
  let port = DEFAULT_PORT;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    if (flag !== '--port') throw new Error(`Unknown option ${flag}.\n${USAGE}`);
    const n = Number(argv[++i]);
    if (!Number.isInteger(n) || n < 0 || n > 65535)
      throw new Error(`--port needs a port number (0-65535).\n${USAGE}`);
    port = n;
  }
  return port;
}

async function main(): Promise<void> {
  const port = parsePort(process.argv.slice(2));
  const preview = await startPreview({ port }).catch((e: NodeJS.ErrnoException) => {
    throw e.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use: choose another with --port N.`) : e;
  });
  console.log(`The add-on, built from this checkout, runs in the local emulator (no Google account):

  ${preview.url}/          the sidebar beside the emulated spreadsheet
  ${preview.url}/sidebar   the sidebar alone, 300 px wide as in Sheets

Try: Templates > insert one; Surveys > create a survey; "Respondents (emulated)" at the bottom
submits sample answers; Results > build the summary; Extensions opens the add-on's menu.
Ctrl+C stops it.`);
  const stop = () => {
    preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error((e as Error).message ?? String(e));
  process.exit(1);
});

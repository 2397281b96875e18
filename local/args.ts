/** Command-line options of `npm start`. */
export interface RunOptions {
  readonly out: string;
  readonly responses: string | null;
  readonly groupBy: string | null;
  readonly minGroup: number | null;
}

const USAGE = 'usage: npm start -- [--responses FILE.csv] [--group-by "HEADER"] [--min-group N] [--out DIR]';

export function parseArgs(argv: readonly string[]): RunOptions {
  const opts = {
    out: 'out',
    responses: null as string | null,
    groupBy: null as string | null,
    minGroup: null as number | null,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value.\n${USAGE}`);
    i++;
    switch (flag) {
      case '--out':
        opts.out = value;
        break;
      case '--responses':
        opts.responses = value;
        break;
      case '--group-by':
        opts.groupBy = value;
        break;
      case '--min-group': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1)
          throw new Error(`--min-group must be a whole number of at least 1, not "${value}".`);
        opts.minGroup = n;
        break;
      }
      default:
        throw new Error(`Unknown option ${flag}.\n${USAGE}`);
    }
  }
  return opts;
}

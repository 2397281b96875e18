/** Command-line options of `npm start`, checked strictly: a wrong option stops before any work. */
export interface RunOptions {
  readonly out: string;
  readonly responses: string | null;
  readonly groupBy: string | null;
  readonly minGroup: number | null;
  /** Count only each e-mail address's latest response. */
  readonly onePerPerson: boolean;
  /** `--help`: print the usage and stop. */
  readonly help: boolean;
}

export const USAGE =
  'usage: npm start -- [--responses FILE.csv] [--group-by "HEADER"] [--min-group N] [--one-per-person] [--out DIR]';

/** A wrong option: its message is one line, shown as is (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const VALUED = new Set(['--out', '--responses', '--group-by', '--min-group']);
const FLAGS = new Set(['--one-per-person', '--help', '-h']);
const HINT = '(npm start -- --help lists the options)';

export function parseArgs(argv: readonly string[]): RunOptions {
  const opts = {
    out: 'out',
    responses: null as string | null,
    groupBy: null as string | null,
    minGroup: null as number | null,
    onePerPerson: false,
    help: false,
  };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // --name=value is the same as --name value.
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(flag) && !FLAGS.has(flag)) {
      throw new UsageError(
        flag.startsWith('-') ? `Unknown option ${flag} ${HINT}.` : `Unexpected argument "${arg}" ${HINT}.`,
      );
    }
    if (seen.has(flag)) throw new UsageError(`${flag} is given twice: give it once.`);
    seen.add(flag);
    if (FLAGS.has(flag)) {
      if (eq > 0) throw new UsageError(`${flag} takes no value.`);
      if (flag === '--one-per-person') opts.onePerPerson = true;
      else opts.help = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && (VALUED.has(value) || FLAGS.has(value)))) {
        throw new UsageError(`${flag} needs a value ${HINT}.`);
      }
      i++;
    }
    switch (flag) {
      case '--out':
        if (value.trim() === '') throw new UsageError('--out needs a folder, not an empty value.');
        opts.out = value;
        break;
      case '--responses':
        if (value.trim() === '')
          throw new UsageError('--responses needs the path of a CSV file, not an empty value.');
        opts.responses = value;
        break;
      case '--group-by':
        if (value.trim() === '') {
          throw new UsageError('--group-by needs a column header; leave the option out for no breakdown.');
        }
        opts.groupBy = value.trim();
        break;
      case '--min-group': {
        const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
        if (!Number.isSafeInteger(n) || n < 1) {
          throw new UsageError(`--min-group must be a whole number of at least 1, not "${value}".`);
        }
        opts.minGroup = n;
        break;
      }
    }
  }
  return opts;
}

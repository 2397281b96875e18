import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** Runs the `npm start` runner (on the dist/ that `npm test` just built) into a fresh folder. */
export function start(...args: string[]): { out: string; stdout: string } {
  const out = mkdtempSync(join(tmpdir(), 'pls-out-'));
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'local/run.ts', '--out', out, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { out, stdout };
}

/** Runs the runner with exactly these arguments and returns how it ended (a hang fails after 60 s). */
export function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'local/run.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

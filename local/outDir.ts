/**
 * The `--out` folder, checked before any work: it is created if missing, must be a folder the
 * user can write in, and the files to replace must be plain files (a named pipe would block the
 * write forever). Every problem is one line.
 */
import { accessSync, constants, mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FileProblem } from './responsesFile';

export interface OutFiles {
  readonly dir: string;
  readonly summary: string;
  readonly xlsx: string;
  readonly report: string;
}

const reason = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

export function prepareOutDir(out: string): OutFiles {
  const dir = resolve(out);
  let exists = false;
  try {
    const st = statSync(dir);
    if (!st.isDirectory())
      throw new FileProblem(`--out ${out} is a file, not a folder: give a folder to write into.`);
    exists = true;
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new FileProblem(`--out ${out} cannot be used (${reason(e)}).`);
    }
  }
  if (!exists) {
    try {
      makeDirs(dir);
    } catch (e) {
      throw new FileProblem(`--out ${out} cannot be created (${reason(e)}): give a folder you can write in.`);
    }
  }
  const files = {
    dir,
    summary: join(dir, 'summary.json'),
    xlsx: join(dir, 'workbook.xlsx'),
    report: join(dir, 'report.html'),
  };
  for (const f of [files.summary, files.xlsx, files.report]) {
    try {
      const st = statSync(f);
      if (!st.isFile())
        throw new FileProblem(`${f} exists and is not a plain file: move it away or choose another --out.`);
      accessSync(f, constants.W_OK);
    } catch (e) {
      if (e instanceof FileProblem) throw e;
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new FileProblem(`${f} cannot be replaced (${reason(e)}): choose another --out.`);
      }
    }
  }
  // Permission bits do not tell everything (read-only mounts, ACLs): write and remove a probe.
  const probe = join(dir, `.write-check-${process.pid}`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (e) {
    throw new FileProblem(`--out ${out} is not writable (${reason(e)}): give a folder you can write in.`);
  }
  return files;
}

/**
 * mkdir -p, one level at a time. Not `mkdirSync(dir, { recursive: true })`: under /proc and some
 * other special folders Node's recursive mkdir loops forever instead of failing.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) throw Object.assign(new Error(`${at} is a file`), { code: 'ENOTDIR' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      missing.push(at);
      const up = dirname(at);
      if (up === at) break;
      at = up;
    }
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

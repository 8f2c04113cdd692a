/**
 * The file side of consolidation: walks the files and folders given (recursively), reads each file's
 * bytes and modified time, and hands them to src/xlsx (readReturnBytes), which tells what kind of file
 * it is and reads workbooks and CSV files into grids. What the file means is the domain's job.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { localIso } from '../domain/datetime.js';
import { DubanError } from '../domain/errors.js';
import { commonMessages } from '../domain/messages/index.js';
import { throwIfCancelled, type OperationOptions } from '../domain/operation.js';
import type { ReturnFile } from '../domain/returns/index.js';
import { readReturnBytes } from '../xlsx/index.js';

interface FoundFile {
  path: string;
  /** The path under the folder it was found in, or the path as given. */
  shown: string;
}

async function walk(dir: string, root: string, out: FoundFile[], skipped: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) skipped.push(path);
    else if (entry.isDirectory()) await walk(path, root, out, skipped);
    else if (entry.isFile()) out.push({ path, shown: relative(root, path) });
  }
}

/** Every file under the given files and folders, in a stable order; hidden files (.DS_Store …) are listed apart. */
export async function findReturnFiles(inputs: readonly string[]): Promise<{ files: FoundFile[]; skipped: string[] }> {
  const files: FoundFile[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new DubanError(commonMessages.fileNotFound, { file: input });
    }
    if (info.isDirectory()) await walk(input, input, files, skipped);
    else files.push({ path: input, shown: input });
  }
  // The report names a file by its name alone unless two inputs share it.
  const counts = new Map<string, number>();
  for (const file of files) counts.set(basename(file.path), (counts.get(basename(file.path)) ?? 0) + 1);
  return { files: files.map((file) => ({ ...file, shown: counts.get(basename(file.path))! > 1 ? file.shown : basename(file.path) })), skipped };
}

async function readOne(found: FoundFile): Promise<ReturnFile> {
  const name = basename(found.path);
  let bytes: Buffer;
  let mtime: string;
  try {
    const handle = await open(found.path, 'r');
    try {
      mtime = localIso((await handle.stat()).mtime);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return { file: found.shown, name, kind: 'corrupt', problem: commonMessages.fileNotFound };
  }
  return readReturnBytes(bytes, { file: found.shown, name, mtime });
}

/** How many files are read at once: reading overlaps with parsing, parsing itself is one thread. */
const CONCURRENCY = 4;

/** Reads every file found, in order; a file that cannot be read becomes a ReturnFile with its problem, never an exception. */
export async function readReturnFiles(found: readonly FoundFile[], options: OperationOptions = {}): Promise<ReturnFile[]> {
  const files: ReturnFile[] = new Array(found.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < found.length) {
      throwIfCancelled(options.signal);
      const index = next;
      next += 1;
      files[index] = await readOne(found[index]);
      done += 1;
      options.onProgress?.({ done, total: found.length, note: found[index].shown });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, found.length) }, worker));
  return files;
}

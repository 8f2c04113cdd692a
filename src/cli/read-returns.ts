/**
 * The file side of consolidation: walks the files and folders given (recursively), naming every
 * entry met with what happened to it (visit, findReturnFiles); reads each file's bytes and modified
 * time, and hands them to src/xlsx (readReturnBytes), which tells what kind of file it is and reads
 * workbooks and CSV files into grids. What the file means is the domain's job.
 */
import { constants, type Stats } from 'node:fs';
import { access, lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { localIso } from '../domain/datetime.js';
import { DubanError } from '../domain/errors.js';
import { commonMessages, returnAccountingMessages as say, xlsxMessages } from '../domain/messages/index.js';
import { throwIfCancelled, type OperationOptions } from '../domain/operation.js';
import type { InputEntry, ReturnFile } from '../domain/returns/index.js';
// The reader alone, not src/xlsx/index.js: the worker threads that run readOne never load ExcelJS.
import { megabytes, RETURN_MAX_FILE_BYTES } from '../xlsx/limits.js';
import { isOrdinaryReturn, ORDINARY_RETURN, readReturnBytes, type ReadReturnOptions } from '../xlsx/read-return.js';
import { defaultWorkerUrl, ReturnReaderWorker, WorkerUnavailable, workerCount, type WorkerSettings } from './read-returns-pool.js';

export interface FoundFile {
  path: string;
  /** The path under the folder it was found in, or the path as given. */
  shown: string;
  /** Which input (file or folder, in the order given) it was found under. */
  input: number;
}

export interface WalkLimits {
  /** Deeper than any office files returns; a link pointing upward is caught as a loop before this. */
  maxDepth: number;
  /** A folder of returns holds dozens of files; a home folder given by mistake must not run for an hour. */
  maxEntries: number;
}

const LIMITS: WalkLimits = { maxDepth: 16, maxEntries: 20_000 };

type FoundEntry = InputEntry & { found?: number };

interface Walk {
  files: FoundFile[];
  entries: FoundEntry[];
  /** Files already taken (device:inode → where), so a link to a file and the file are read once. */
  seenFiles: Map<string, string>;
  seenDirs: Set<string>;
  count: number;
  input: number;
  root: string;
  limits: WalkLimits;
}

/** One collator for the walk: localeCompare with a locale builds one per comparison. */
const byChineseName = new Intl.Collator('zh-CN').compare;

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? String(error);
const isHiddenName = (name: string) => name.startsWith('.') && name !== '.' && name !== '..';

/** Visits one entry: a file is queued for reading, a folder searched, anything else named with why it was not read. */
async function visit(path: string, shown: string, walk: Walk, depth: number): Promise<void> {
  let info: Stats;
  try {
    info = await lstat(path);
  } catch (error) {
    walk.entries.push({ path: shown, kind: 'unreadable', outcome: 'rejected', reason: say.unreadable(codeOf(error)) });
    return;
  }
  const hidden = depth > 0 && isHiddenName(basename(path));
  let target: string | undefined;
  if (info.isSymbolicLink()) {
    try {
      target = await realpath(path);
      info = await stat(target);
    } catch (error) {
      const reason = codeOf(error) === 'ELOOP' ? say.linkLoop : say.danglingLink;
      walk.entries.push({ path: shown, kind: 'danglingLink', outcome: 'rejected', reason });
      return;
    }
  }
  const linked = target ? { kind: 'symlink' as const, target } : null;
  const id = `${info.dev}:${info.ino}`;

  if (info.isDirectory()) {
    const entry: FoundEntry = { path: shown, ...(linked ?? { kind: 'directory' as const }) };
    walk.entries.push(entry);
    if (walk.seenDirs.has(id)) return void Object.assign(entry, { outcome: 'skipped', reason: say.directoryLoop(target ?? path) });
    if (hidden) return void Object.assign(entry, { outcome: 'skipped', reason: say.hiddenDirectory });
    if (depth >= walk.limits.maxDepth) return void Object.assign(entry, { outcome: 'rejected', reason: say.tooDeep(walk.limits.maxDepth) });
    walk.seenDirs.add(id);
    let names: string[];
    try {
      names = (await readdir(path)).sort(byChineseName);
    } catch (error) {
      return void Object.assign(entry, { outcome: 'rejected', reason: say.unreadableDirectory(codeOf(error)) });
    }
    Object.assign(entry, { outcome: 'searched', reason: say.directory(names.length) });
    for (const name of names) {
      if (walk.count >= walk.limits.maxEntries) {
        // Said once, at the folder where the walk stopped.
        if (walk.count === walk.limits.maxEntries) walk.entries.push({ path: shown, kind: 'directory', outcome: 'rejected', reason: say.tooMany(walk.limits.maxEntries) });
        walk.count += 1;
        return;
      }
      walk.count += 1;
      await visit(join(path, name), join(shown, name), walk, depth + 1);
    }
    return;
  }
  const kind = linked ? linked.kind : hidden ? ('hidden' as const) : ('file' as const);
  const base = { path: shown, kind, ...(target ? { target } : {}) };
  // Pipes and devices would block or never end; they are never opened.
  if (!info.isFile()) return void walk.entries.push({ ...base, kind: linked ? kind : 'special', outcome: 'skipped', reason: say.special });
  const earlier = walk.seenFiles.get(id);
  if (earlier !== undefined) return void walk.entries.push({ ...base, outcome: 'skipped', reason: say.sameFile(earlier) });
  try {
    await access(path, constants.R_OK);
  } catch (error) {
    return void walk.entries.push({ ...base, kind: linked ? kind : 'unreadable', outcome: 'rejected', reason: say.unreadable(codeOf(error)) });
  }
  walk.seenFiles.set(id, shown);
  walk.entries.push({ ...base, found: walk.files.length });
  walk.files.push({ path, shown: depth === 0 ? path : relative(walk.root, path), input: walk.input });
}

/**
 * Every entry under the given files and folders, in a stable order: the files to read, and every
 * entry (files, links, hidden files, folders, pipes, unreadable files) with what happened to it.
 * Links are followed (a loop is named, never followed twice); a file reached twice is read once.
 * A path given that does not exist is a DubanError (exit 2).
 */
export async function findReturnFiles(inputs: readonly string[], limits: WalkLimits = LIMITS): Promise<{ files: FoundFile[]; entries: InputEntry[] }> {
  const walk: Walk = { files: [], entries: [], seenFiles: new Map(), seenDirs: new Set(), count: 0, input: 0, root: '', limits };
  for (const [index, input] of inputs.entries()) {
    try {
      await stat(input);
    } catch {
      throw new DubanError(commonMessages.fileNotFound, { file: input });
    }
    walk.input = index;
    walk.root = input;
    await visit(input, input, walk, 0);
  }
  // The report names a file by its name alone unless two inputs share it.
  const counts = new Map<string, number>();
  for (const file of walk.files) counts.set(basename(file.path), (counts.get(basename(file.path)) ?? 0) + 1);
  const files = walk.files.map((file) => ({ ...file, shown: counts.get(basename(file.path))! > 1 ? file.shown : basename(file.path) }));
  const entries = walk.entries.map(({ found, ...entry }): InputEntry => (found === undefined ? entry : { ...entry, file: files[found].shown }));
  return { files, entries };
}

/** A file's bytes and modified time, or the ReturnFile that says why there are none. */
async function fileBytes(found: FoundFile, maxFileBytes: number): Promise<{ bytes: Buffer; mtime: string } | ReturnFile> {
  const name = basename(found.path);
  try {
    const handle = await open(found.path, 'r');
    try {
      const info = await handle.stat();
      const mtime = localIso(info.mtime);
      if (info.size > maxFileBytes) {
        return { file: found.shown, name, mtime, kind: 'unknown', problem: xlsxMessages.fileTooLarge(megabytes(maxFileBytes)) };
      }
      return { bytes: await handle.readFile(), mtime };
    } finally {
      await handle.close();
    }
  } catch {
    return { file: found.shown, name, kind: 'corrupt', problem: commonMessages.fileNotFound };
  }
}

/**
 * Reads one file found: its bytes (none when it is larger than any return), its modified time, and
 * what src/xlsx makes of them, within the return limits. Never throws.
 */
export async function readOne(found: FoundFile, options: ReadReturnOptions = {}): Promise<ReturnFile> {
  const loaded = await fileBytes(found, options.maxFileBytes ?? RETURN_MAX_FILE_BYTES);
  if (!('bytes' in loaded)) return loaded;
  return readReturnBytes(loaded.bytes, { file: found.shown, name: basename(found.path), mtime: loaded.mtime }, options);
}

/**
 * An ordinary return read in this thread, or undefined when the file is larger or stranger than a
 * return (isOrdinaryReturn) and goes to a worker. Never throws.
 */
async function readOrdinary(found: FoundFile): Promise<ReturnFile | undefined> {
  const loaded = await fileBytes(found, ORDINARY_RETURN.fileBytes);
  // A file that cannot be opened is said so here; one over the ordinary size goes to a worker.
  if (!('bytes' in loaded)) return loaded.kind === 'corrupt' ? loaded : undefined;
  if (!isOrdinaryReturn(loaded.bytes)) return undefined;
  return readReturnBytes(loaded.bytes, { file: found.shown, name: basename(found.path), mtime: loaded.mtime });
}

/** How many files are read at once in this thread: reading overlaps with parsing, parsing itself is one thread. */
const CONCURRENCY = 4;

export interface ReadReturnFilesOptions extends OperationOptions {
  /**
   * The worker threads each file is read in (the built CLI's worker script by default); `url: null`
   * reads in this thread, as happens where the script is missing (sources run by ts-jest or tsx).
   */
  workers?: WorkerSettings;
}

/**
 * Reads every file found, in order; a file that cannot be read becomes a ReturnFile with its problem,
 * never an exception. An ordinary return (isOrdinaryReturn) is read in this thread, within the
 * reader's limits: a worker's start-up costs more than reading dozens of them. Any other file is
 * read in a worker thread with its own heap and time limit when the worker script is there, so a
 * file that defeats the reader's limits still costs only itself; no worker starts when none is needed.
 */
export async function readReturnFiles(found: readonly FoundFile[], options: ReadReturnFilesOptions = {}): Promise<ReturnFile[]> {
  const files: ReturnFile[] = new Array(found.length);
  const url = options.workers?.url === undefined ? defaultWorkerUrl() : options.workers.url;
  const lanes = url ? Array.from({ length: workerCount(found.length) }, () => new ReturnReaderWorker(url, options.workers)) : [];
  /** Set when no worker can start: the remaining files are read in this thread. */
  let inProcess = !url;
  let next = 0;
  let done = 0;
  /** Set when one lane fails (cancelled): the others stop rather than start new workers. */
  let stopped = false;
  const lane = async (reader: ReturnReaderWorker | undefined) => {
    while (next < found.length && !stopped) {
      throwIfCancelled(options.signal);
      const index = next;
      next += 1;
      let file: ReturnFile | undefined;
      if (reader && !inProcess && options.workers?.scope !== 'all') file = await readOrdinary(found[index]);
      if (!file && reader && !inProcess) {
        try {
          file = await reader.read(found[index]);
        } catch (error) {
          if (!(error instanceof WorkerUnavailable)) throw error;
          inProcess = true;
        }
      }
      files[index] = file ?? (await readOne(found[index]));
      done += 1;
      options.onProgress?.({ done, total: found.length, note: found[index].shown });
    }
  };
  const run = (reader: ReturnReaderWorker | undefined) =>
    lane(reader).catch((error: unknown) => {
      stopped = true;
      throw error;
    });
  try {
    await Promise.all(url ? lanes.map(run) : Array.from({ length: Math.min(CONCURRENCY, found.length) }, () => run(undefined)));
  } finally {
    await Promise.all(lanes.map((reader) => reader.close()));
  }
  return files;
}

/**
 * Returned files read in worker threads, each worker with its own heap limit, and each file with a
 * hard time limit (all files, or by default those larger or stranger than an ordinary return): whatever a file does to the reader — exhaust its memory, never finish — costs
 * that file (a ReturnFile with its reason), not the run. The reader's own limits (src/xlsx/limits.ts)
 * stop every file we know how to build long before; the workers are for the ones nobody thought of.
 *
 * The worker script is read-returns-worker.js next to this module: the CLI runs from the tsc build
 * (dist/cli/), where it is. Where it is not — the TypeScript sources run by ts-jest or tsx — files are
 * read in this thread with the same limits (the cooperative time limit included), and `readerMode()`
 * says so.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { xlsxMessages } from '../domain/messages/index.js';
import type { ReturnFile } from '../domain/returns/index.js';
import { RETURN_LIMITS } from '../xlsx/limits.js';

/** What the pool needs of a file found (read-returns.ts FoundFile); the whole object goes to the worker. */
export interface FileToRead {
  path: string;
  /** How the report names the file. */
  shown: string;
}

/** The heap each worker may use: far above what a return within the limits needs. */
export const WORKER_HEAP_MB = 256;

/** After this long a worker still reading one file is stopped (the reader's own limit is RETURN_LIMITS.timeMs). */
export const HARD_TIMEOUT_MS = RETURN_LIMITS.timeMs + 4_000;

export interface WorkerSettings {
  /** The worker script; by default read-returns-worker.js next to this module, when it exists. */
  url?: URL | null;
  resourceLimits?: ResourceLimits;
  /** Milliseconds one file may take in a worker before the worker is stopped. */
  hardTimeoutMs?: number;
  /**
   * Which files go to a worker: those that do not look like an ordinary return (the default; an
   * ordinary one is read in the calling thread), or all of them.
   */
  scope?: 'unusual' | 'all';
}

/** The worker script next to this module, or null where there is none (sources run without a build). */
export function defaultWorkerUrl(): URL | null {
  const url = new URL('./read-returns-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** Where returned files are read: in worker threads (the built CLI) or in this thread (sources under ts-jest or tsx). */
export function readerMode(settings: WorkerSettings = {}): 'worker' | 'in-process' {
  return (settings.url === undefined ? defaultWorkerUrl() : settings.url) ? 'worker' : 'in-process';
}

/** Workers at once: reading is mostly parsing, one core each. */
export function workerCount(files: number): number {
  return Math.max(1, Math.min(4, availableParallelism(), files));
}

interface Reply {
  ready?: true;
  id?: number;
  file?: ReturnFile;
}

/** The worker could not start at all (no file's fault): the caller reads in this thread instead. */
export class WorkerUnavailable extends Error {}

function failed(found: FileToRead, problem: string): ReturnFile {
  return { file: found.shown, name: basename(found.path), kind: 'corrupt', problem };
}

/** One worker, reading one file at a time; replaced after it dies. */
export class ReturnReaderWorker {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private next = 0;

  constructor(
    private readonly url: URL,
    private readonly settings: WorkerSettings = {},
  ) {}

  private start(): { worker: Worker; ready: Promise<void> } {
    if (this.worker && this.ready) return { worker: this.worker, ready: this.ready };
    const heap = this.settings.resourceLimits ?? { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 };
    const worker = new Worker(this.url, { resourceLimits: heap, stdout: false, stderr: false });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (!reply.ready) return;
        cleanup();
        resolve();
      };
      const onFailure = (error: unknown) => {
        cleanup();
        reject(new WorkerUnavailable(error instanceof Error ? error.message : `worker exited (${String(error)})`));
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
      };
      worker.on('message', onMessage);
      worker.on('error', onFailure);
      worker.on('exit', onFailure);
    });
    // A worker that fails before any file is read is reported by read(); never an unhandled rejection.
    ready.catch(() => undefined);
    // Between files nobody else listens: a worker that fails then is replaced, never an uncaught 'error'.
    worker.on('error', () => this.discard(worker));
    worker.on('exit', () => this.discard(worker));
    this.worker = worker;
    this.ready = ready;
    return { worker, ready };
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) {
      this.worker = undefined;
      this.ready = undefined;
    }
    void worker.terminate();
  }

  /** Reads one file in the worker; throws WorkerUnavailable only when no worker could start. */
  async read(found: FileToRead): Promise<ReturnFile> {
    const { worker, ready } = this.start();
    try {
      await ready;
    } catch (error) {
      this.discard(worker);
      throw error;
    }
    const id = (this.next += 1);
    const heapMb = this.settings.resourceLimits?.maxOldGenerationSizeMb ?? WORKER_HEAP_MB;
    const timeoutMs = this.settings.hardTimeoutMs ?? HARD_TIMEOUT_MS;
    return new Promise<ReturnFile>((resolve) => {
      let done = false;
      const finish = (file: ReturnFile, dead: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (dead) this.discard(worker);
        resolve(file);
      };
      const onMessage = (reply: Reply) => {
        if (reply.id === id && reply.file) finish(reply.file, false);
      };
      const onError = (error: Error & { code?: string }) => {
        const problem = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? xlsxMessages.outOfMemory(heapMb) : xlsxMessages.readFailed(error.message);
        finish(failed(found, problem), true);
      };
      const onExit = (code: number) => finish(failed(found, xlsxMessages.readFailed(xlsxMessages.readerExited(code))), true);
      const timer = setTimeout(() => finish(failed(found, xlsxMessages.readTimeout(Math.round(timeoutMs / 1000))), true), timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, found });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker) await worker.terminate();
  }
}

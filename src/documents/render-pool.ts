import { Worker } from 'node:worker_threads';
import type { RenderJob } from './render-job.js';
import type { ReadJob, ReadJobResult } from './read-job.js';

/**
 * PDF and Word documents are made off the event loop (issue 11: a FUBE title of 12,000
 * characters once held every request for 18 s): in a small pool of worker threads, each job
 * with a time limit (the worker is terminated) and a memory limit (`resourceLimits`). A job
 * over a limit, or one that finds the pool and its queue full, fails with a
 * `DocumentJobError`; the use cases turn it into a 503/422 problem (problems.ts).
 * Uploaded Word and PDF files are read in the same pool (`read`, read-job.ts): the same
 * limits, the same workers, so uploads and documents together never take more than its size.
 */
export interface DocumentRenderer {
  render(job: RenderJob): Promise<Uint8Array>;
  read<J extends ReadJob>(job: J): Promise<ReadJobResult<J>>;
  close(): Promise<void>;
}

export type DocumentJobFailure = 'timeout' | 'memory' | 'busy' | 'failed';

export class DocumentJobError extends Error {
  constructor(
    readonly reason: DocumentJobFailure,
    readonly limitMs: number,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentJobError';
  }
}

export interface DocumentPoolOptions {
  /** Worker threads (documents made at once). */
  size?: number;
  /** The longest a job may take before its worker is terminated. */
  timeoutMs?: number;
  /** The heap a worker may use (V8 old generation), in MB. */
  maxMemoryMb?: number;
  /** Jobs that may wait for a worker; one more is refused as busy. */
  maxQueue?: number;
}

export const DEFAULT_DOCUMENT_POOL: Required<DocumentPoolOptions> = { size: 2, timeoutMs: 30_000, maxMemoryMb: 512, maxQueue: 16 };

/** What a worker is asked: make a document (its bytes come back) or read a file (its result comes back). */
type WorkerJob = { task: 'render'; job: RenderJob } | { task: 'read'; job: ReadJob; transfer: ArrayBuffer[] };

interface Task {
  work: WorkerJob;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker | undefined;
  /** Resolves when the worker has loaded the renderer (its start-up is not the job's time). */
  ready: Promise<void> | undefined;
  task: Task | undefined;
  timer: NodeJS.Timeout | undefined;
}

const WORKER_URL = new URL('./render-worker.mjs', import.meta.url);

export class DocumentPool implements DocumentRenderer {
  private readonly options: Required<DocumentPoolOptions>;
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: DocumentPoolOptions = {}) {
    this.options = { ...DEFAULT_DOCUMENT_POOL, ...options };
    this.slots = Array.from({ length: this.options.size }, () => ({ worker: undefined, ready: undefined, task: undefined, timer: undefined }));
  }

  render(job: RenderJob): Promise<Uint8Array> {
    return this.submit({ task: 'render', job }) as Promise<Uint8Array>;
  }

  read<J extends ReadJob>(job: J): Promise<ReadJobResult<J>> {
    // The worker gets a copy of the file's bytes of its own, moved rather than copied again;
    // the caller's buffer stays as it was.
    const bytes = new Uint8Array(job.bytes);
    return this.submit({ task: 'read', job: { ...job, bytes }, transfer: [bytes.buffer] }) as Promise<ReadJobResult<J>>;
  }

  private submit(work: WorkerJob): Promise<unknown> {
    if (this.closed) return Promise.reject(new DocumentJobError('failed', 0, 'the document pool is closed'));
    return new Promise((resolve, reject) => {
      const task: Task = { work, resolve, reject };
      const idle = this.slots.find((slot) => slot.task === undefined);
      if (idle !== undefined) this.start(idle, task);
      else if (this.queue.length < this.options.maxQueue) this.queue.push(task);
      else reject(new DocumentJobError('busy', 0, `all ${this.options.size} document workers and ${this.options.maxQueue} places in the queue are taken`));
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new DocumentJobError('failed', 0, 'the document pool closed'));
    await Promise.all(this.slots.map((slot) => this.stop(slot)));
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    const worker = (slot.worker ??= this.spawn(slot));
    void slot.ready?.then(() => {
      if (slot.worker === worker && slot.task === task) this.post(slot, worker, task);
    });
  }

  private post(slot: Slot, worker: Worker, task: Task): void {
    const id = this.nextId++;
    slot.timer = setTimeout(() => {
      void this.fail(slot, new DocumentJobError('timeout', this.options.timeoutMs, `the document took longer than ${this.options.timeoutMs} ms`));
    }, this.options.timeoutMs);
    const onMessage = (message: { id?: number; ok?: boolean; bytes?: Uint8Array; value?: unknown; message?: string }) => {
      if (message.id !== id) return;
      worker.off('message', onMessage);
      this.finish(slot);
      if (message.ok === true && task.work.task === 'read') task.resolve(message.value);
      else if (message.ok === true && message.bytes !== undefined) task.resolve(message.bytes);
      else task.reject(new DocumentJobError('failed', 0, message.message ?? 'the document could not be made'));
    };
    worker.on('message', onMessage);
    const { work } = task;
    if (work.task === 'read') worker.postMessage({ id, task: 'read', job: work.job }, work.transfer);
    else worker.postMessage({ id, task: 'render', job: work.job });
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb } });
    slot.ready = new Promise((resolve) => {
      const onReady = (message: { ready?: boolean }) => {
        if (message.ready !== true) return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
    });
    // A worker that dies (out of memory, a crash) fails its job; the slot gets a new worker.
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      void this.fail(slot, new DocumentJobError(memory ? 'memory' : 'failed', 0, memory ? `the document needed more than ${this.options.maxMemoryMb} MB` : error.message));
    });
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      if (slot.task !== undefined) void this.fail(slot, new DocumentJobError('failed', 0, 'the document worker stopped'));
    });
    worker.unref();
    return worker;
  }

  /** The job is done: the slot takes the next waiting job. */
  private finish(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.task = undefined;
    const next = this.queue.shift();
    if (next !== undefined && !this.closed) this.start(slot, next);
  }

  /** The job failed at a limit: its worker is terminated, the job rejected, the slot goes on. */
  private async fail(slot: Slot, error: DocumentJobError): Promise<void> {
    const task = slot.task;
    await this.stop(slot);
    task?.reject(error);
    this.finish(slot);
  }

  private async stop(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = undefined;
    clearTimeout(slot.timer);
    if (worker !== undefined) await worker.terminate();
  }
}

/**
 * In-process rendering and reading, for the CLI (a single command) and for tests that need no
 * pool. The renderers (docx, pdfmake, the readers) load on first use: a command that makes no
 * document starts without them.
 */
export const inProcessRenderer: DocumentRenderer = {
  render: async (job) => (await import('./render-job.js')).runRenderJob(job),
  read: async (job) => (await import('./read-job.js')).runReadJob(job),
  close: async () => undefined,
};

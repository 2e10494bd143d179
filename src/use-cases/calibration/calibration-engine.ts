import { Worker } from 'node:worker_threads';
import { type CalibrationFube, CalibrationIndex, type CalibrationResult, DEFAULT_THRESHOLDS } from '../../domain/calibration/index.js';

/**
 * Where a reach's CalibrationIndex lives and is updated (decision 0062, "Speed"). In the server
 * it is one worker thread: the first calibration after a start (3–4.5 s at 10,000 FUBEs) and
 * a FUBE added or removed (~0.45 s) no longer hold the event loop. The CLI and tests that
 * need no thread compute in-process. Both give the result `CalibrationIndex.update` gives.
 */
export interface CalibrationEngine {
  /** The calibration of `fubes` (in this order) for the reach `reach`; a FUBE object unchanged since the last call is taken as unchanged. */
  compute(reach: string, fubes: readonly CalibrationFube[]): Promise<CalibrationResult>;
  /** A calibration is about to be computed: a worker starts now, while the FUBEs are read. */
  prepare(): void;
  /** The reach's index is no longer needed. */
  forget(reach: string): void;
  close(): Promise<void>;
}

/** The worker failed (stopped, crashed, or is closed): the request answers 503, the next one starts a new worker. */
export class CalibrationUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalibrationUnavailable';
  }
}

export class InProcessCalibration implements CalibrationEngine {
  private readonly indexes = new Map<string, CalibrationIndex>();

  compute(reach: string, fubes: readonly CalibrationFube[]): Promise<CalibrationResult> {
    let index = this.indexes.get(reach);
    if (index === undefined) this.indexes.set(reach, (index = new CalibrationIndex(DEFAULT_THRESHOLDS)));
    return Promise.resolve(index.update(fubes));
  }

  prepare(): void {}

  forget(reach: string): void {
    this.indexes.delete(reach);
  }

  close(): Promise<void> {
    this.indexes.clear();
    return Promise.resolve();
  }
}

const WORKER_URL = new URL('./calibration-worker.mjs', import.meta.url);
/**
 * FUBEs per message on the way to the worker: cloning 10,000 FUBEs with their stemmed words
 * at once would itself hold the event loop; between batches other requests are answered.
 */
const PUT_BATCH = 250;

interface Pending {
  resolve: (result: CalibrationResult) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread keeps every reach's index (one index per reach, as before, but off the
 * request thread). It is sent only the FUBE objects it does not hold yet (a FUBE read again
 * after a change is a new object), then per request the reach's ids. Requests go one after
 * the other (the worker computes one at a time anyway), so what was sent is always known.
 * A worker that stops or crashes fails the requests waiting on it; the next request starts a
 * new one, which is sent every FUBE again and recomputes.
 */
export class CalibrationWorker implements CalibrationEngine {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  /** What the current worker holds, by id: the very object sent, so a changed FUBE is seen by identity. */
  private sent = new Map<string, CalibrationFube>();
  private readonly pending = new Map<number, Pending>();
  private chain: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private closed = false;
  /** Calibrations asked for and not yet answered. */
  private active = 0;

  compute(reach: string, fubes: readonly CalibrationFube[]): Promise<CalibrationResult> {
    // While a calibration is asked for, the worker keeps the process alive (an idle one does not):
    // without it a process that only awaits the worker (a script, a bench) would end.
    this.active++;
    this.worker?.ref();
    const run = this.chain.then(() => this.run(reach, fubes));
    this.chain = run.catch(() => undefined);
    const settle = () => {
      if (--this.active === 0) this.worker?.unref();
    };
    run.then(settle, settle);
    return run;
  }

  prepare(): void {
    if (!this.closed) this.worker ??= this.spawn();
  }

  forget(reach: string): void {
    this.worker?.postMessage({ task: 'drop', reach });
  }

  /** Calibrations the worker is computing now. */
  get computing(): number {
    return this.pending.size;
  }

  /** Stops the current worker as a crash would (tests): what waits on it fails, the next request starts a new one. */
  async stopWorker(): Promise<void> {
    await this.worker?.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new CalibrationUnavailable('the calibration worker closed'));
    if (worker !== undefined) await worker.terminate();
  }

  private async run(reach: string, fubes: readonly CalibrationFube[]): Promise<CalibrationResult> {
    if (this.closed) throw new CalibrationUnavailable('the calibration worker is closed');
    const worker = (this.worker ??= this.spawn());
    await this.ready;
    let batch: CalibrationFube[] = [];
    for (const fube of fubes) {
      if (this.sent.get(fube.id) === fube) continue;
      batch.push(fube);
      if (batch.length === PUT_BATCH) {
        this.put(worker, batch);
        batch = [];
        await new Promise((resolve) => setImmediate(resolve));
        if (this.worker !== worker) throw new CalibrationUnavailable('the calibration worker stopped');
      }
    }
    if (batch.length > 0) this.put(worker, batch);
    const id = this.nextId++;
    return new Promise<CalibrationResult>((resolve, reject) => {
      if (this.worker !== worker) return reject(new CalibrationUnavailable('the calibration worker stopped'));
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ task: 'compute', id, reach, ids: fubes.map((f) => f.id) });
    });
  }

  private put(worker: Worker, batch: CalibrationFube[]): void {
    // `sent` describes the current worker only: a replaced one's sends are not recorded.
    if (this.worker !== worker) return;
    worker.postMessage({ task: 'put', fubes: batch });
    for (const fube of batch) this.sent.set(fube.id, fube);
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL);
    // A new worker holds nothing: every FUBE is sent again.
    this.sent = new Map();
    this.ready = new Promise((resolve, reject) => {
      worker.once('exit', () => reject(new CalibrationUnavailable('the calibration worker stopped while starting')));
      const onReady = (message: { ready?: boolean }) => {
        if (message.ready !== true) return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
    });
    this.ready.catch(() => undefined);
    worker.on('message', (message: { id?: number; ok?: boolean; result?: CalibrationResult; message?: string }) => {
      if (message.id === undefined) return;
      const task = this.pending.get(message.id);
      if (task === undefined) return;
      this.pending.delete(message.id);
      if (message.ok === true && message.result !== undefined) task.resolve(message.result);
      else {
        // What the worker holds is no longer trusted: it is stopped, the next request starts afresh.
        task.reject(new CalibrationUnavailable(message.message ?? 'the calibration failed'));
        this.lost(worker, message.message ?? 'the calibration failed');
        void worker.terminate();
      }
    });
    worker.on('error', (error: Error) => this.lost(worker, error.message));
    worker.on('exit', () => this.lost(worker, 'the calibration worker stopped'));
    if (this.active === 0) worker.unref();
    return worker;
  }

  /** The worker is gone: what waited on it fails, the next request starts a new one. */
  private lost(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failAll(new CalibrationUnavailable(message));
  }

  private failAll(error: Error): void {
    for (const task of this.pending.values()) task.reject(error);
    this.pending.clear();
  }
}

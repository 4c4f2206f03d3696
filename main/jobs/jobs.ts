/**
 * Long jobs (a 10,000-row import, a big export) run in main while the renderer polls their
 * progress and may cancel them. A job gets an AbortSignal; work that writes runs in one
 * transaction and throws on abort, so a cancelled job leaves nothing behind.
 */
import { say } from '../i18n/messages';
import { jobMessages } from './messages';
import { AppError } from '../ipc/errors';

export interface JobProgress {
  done: number;
  total: number;
  /** The current step in a few words (in the UI's language), shown under the progress bar. */
  phase: string;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  id: string;
  kind: string;
  /** What the job works on, shown with its progress (e.g. the file imported). */
  title: string;
  state: JobState;
  progress: JobProgress;
  result?: unknown;
  error?: string;
}

export type JobRun<T> = (signal: AbortSignal, report: (progress: JobProgress) => void) => Promise<T>;

/** Thrown by job code when it sees the signal aborted. */
export class JobCancelled extends Error {
  constructor() {
    super(say(jobMessages.cancelled));
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new JobCancelled();
}

/** Finished jobs are kept this long for the renderer to read their result. */
const KEEP_FINISHED_MS = 10 * 60_000;

interface JobEntry {
  status: JobStatus;
  controller: AbortController;
  finished: Promise<void>;
  endedAt?: number;
}

export class Jobs {
  readonly #jobs = new Map<string, JobEntry>();
  #next = 1;

  start<T>(kind: string, title: string, run: JobRun<T>): string {
    this.#sweep();
    const id = `${kind}-${this.#next++}`;
    const controller = new AbortController();
    const status: JobStatus = { id, kind, title, state: 'running', progress: { done: 0, total: 0, phase: '' } };
    const finished = run(controller.signal, (progress) => (status.progress = progress))
      .then(
        (result) => {
          status.state = 'done';
          status.result = result;
        },
        (err: unknown) => {
          status.state = err instanceof JobCancelled || controller.signal.aborted ? 'cancelled' : 'failed';
          if (status.state === 'failed') status.error = err instanceof Error ? err.message : String(err);
        },
      )
      .finally(() => (entry.endedAt = Date.now()));
    const entry: JobEntry = { status, controller, finished };
    this.#jobs.set(id, entry);
    return id;
  }

  get(id: string): JobStatus {
    const { status } = this.#entry(id);
    // Said when asked, so a cancel read after the window switched language reads in the new one.
    const error = status.state === 'cancelled' ? say(jobMessages.cancelled) : status.error;
    return { ...status, progress: { ...status.progress }, ...(error === undefined ? {} : { error }) };
  }

  cancel(id: string): JobStatus {
    this.#entry(id).controller.abort();
    return this.get(id);
  }

  /** Resolves when the job has finished (tests, the CLI). */
  async settled(id: string): Promise<JobStatus> {
    await this.#entry(id).finished;
    return this.get(id);
  }

  /** Cancels everything still running and waits for it (before the data file closes). */
  async cancelAll(): Promise<void> {
    for (const entry of this.#jobs.values()) entry.controller.abort();
    await Promise.all([...this.#jobs.values()].map((e) => e.finished));
  }

  #entry(id: string): JobEntry {
    const entry = this.#jobs.get(id);
    if (!entry) throw new AppError('NOT_FOUND', say(jobMessages.notFound));
    return entry;
  }

  #sweep(): void {
    const now = Date.now();
    for (const [id, entry] of this.#jobs) {
      if (entry.endedAt !== undefined && now - entry.endedAt > KEEP_FINISHED_MS) this.#jobs.delete(id);
    }
  }
}

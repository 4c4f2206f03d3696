import { z } from 'zod';

export const JobStatus = z.object({
  id: z.string(),
  kind: z.string(),
  /** What the job works on, e.g. the file being imported. */
  title: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.object({ done: z.number(), total: z.number(), phase: z.string() }),
  /** The job's own result; its starting channel documents the shape. */
  result: z.unknown().optional(),
  error: z.string().optional(),
});

export const jobsContract = {
  /** Polled by the renderer for the progress bar. */
  'jobs.get': { input: z.object({ id: z.string() }), output: JobStatus },
  'jobs.cancel': { input: z.object({ id: z.string() }), output: JobStatus },
} as const;

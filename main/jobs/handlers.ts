import type { Handlers } from '../ipc/router';

export const jobsHandlers: Handlers<'jobs.get' | 'jobs.cancel'> = {
  'jobs.get': async ({ id }, ctx) => ctx.workspace.jobs.get(id),
  'jobs.cancel': async ({ id }, ctx) => ctx.workspace.jobs.cancel(id),
};

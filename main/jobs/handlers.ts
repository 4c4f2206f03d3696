import type { Handlers } from '../ipc/router';

export const jobsHandlers: Handlers<'jobs.list' | 'jobs.get' | 'jobs.cancel'> = {
  'jobs.list': async ({ kind }, ctx) => ctx.workspace.jobs.list(kind),
  'jobs.get': async ({ id }, ctx) => ctx.workspace.jobs.get(id),
  'jobs.cancel': async ({ id }, ctx) => ctx.workspace.jobs.cancel(id),
};

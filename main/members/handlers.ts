import type { Handlers } from '../ipc/router';
import { listGroups, listMembers } from './service';

export const membersHandlers: Handlers<'members.list' | 'groups.list'> = {
  'members.list': async (input, ctx) => listMembers(ctx.workspace.db, input),
  'groups.list': async (_input, ctx) => listGroups(ctx.workspace.db),
};

import type { Handlers } from '../ipc/router';
import { listMembers, listMembersHead, searchMemberIds } from './search-index';
import { todayIso } from '../vi/dates';
import { createGroup, listGroups, mergeGroups, moveMembers, renameGroup, setLeader } from './groups';
import {
  cancelMovement,
  countsAt,
  createMember,
  getMember,
  overdueSuspensions,
  recordMovement,
  updateMember,
} from './service';

type MembersChannel =
  | 'members.list'
  | 'members.listHead'
  | 'members.search'
  | 'members.get'
  | 'members.create'
  | 'members.update'
  | 'members.recordMovement'
  | 'members.cancelMovement'
  | 'members.countsAt'
  | 'members.overdueSuspensions'
  | 'groups.list'
  | 'groups.create'
  | 'groups.rename'
  | 'groups.setLeader'
  | 'groups.moveMembers'
  | 'groups.merge';

export const membersHandlers: Handlers<MembersChannel> = {
  'members.list': async (input, ctx) => listMembers(ctx.workspace.db, input, todayIso(ctx.now())),
  'members.listHead': async ({ limit, ...filter }, ctx) =>
    listMembersHead(ctx.workspace.db, filter, todayIso(ctx.now()), limit),
  'members.search': async (input, ctx) => searchMemberIds(ctx.workspace.db, input, todayIso(ctx.now())),
  'members.get': async ({ id }, ctx) => getMember(ctx.workspace.db, id),
  'members.create': async (input, ctx) => ({ id: await createMember(ctx.workspace.db, ctx, input) }),
  'members.update': async ({ id, fields, changedOn }, ctx) => {
    await updateMember(ctx.workspace.db, ctx, id, fields, changedOn);
    return { id };
  },
  'members.recordMovement': async (input, ctx) => {
    await recordMovement(ctx.workspace.db, ctx, input);
    return getMember(ctx.workspace.db, input.memberId);
  },
  'members.cancelMovement': async ({ movementId, note }, ctx) =>
    getMember(ctx.workspace.db, await cancelMovement(ctx.workspace.db, ctx, movementId, note)),
  'members.countsAt': async ({ date }, ctx) => countsAt(ctx.workspace.db, date),
  'members.overdueSuspensions': async ({ date }, ctx) => overdueSuspensions(ctx.workspace.db, date),
  'groups.list': async (_input, ctx) => listGroups(ctx.workspace.db),
  'groups.create': async ({ name, kind }, ctx) => createGroup(ctx.workspace.db, ctx, name, kind),
  'groups.rename': async ({ id, name }, ctx) => renameGroup(ctx.workspace.db, ctx, id, name),
  'groups.setLeader': async ({ id, memberId }, ctx) => setLeader(ctx.workspace.db, ctx, id, memberId),
  'groups.moveMembers': async ({ memberIds, groupId, onDate }, ctx) => ({
    moved: await ctx.workspace.db.transaction().execute((trx) => moveMembers(trx, ctx, memberIds, groupId, onDate)),
  }),
  'groups.merge': async ({ sourceId, targetId, onDate }, ctx) =>
    mergeGroups(ctx.workspace.db, ctx, sourceId, targetId, onDate),
};

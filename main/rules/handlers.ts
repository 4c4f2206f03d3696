import type { Handlers } from '../ipc/router';
import { listRules, removeRuleValue, saveRuleValue } from './service';

export const rulesHandlers: Handlers<'rules.list' | 'rules.save' | 'rules.remove'> = {
  'rules.list': async (_input, ctx) => listRules(ctx.workspace.db),
  'rules.save': async (input, ctx) => saveRuleValue(ctx.workspace.db, ctx, input),
  'rules.remove': async (input, ctx) => removeRuleValue(ctx.workspace.db, ctx, input.id),
};

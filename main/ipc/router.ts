/**
 * The router: validates input with the contract, calls the capability's handler, and wraps
 * the outcome in an Envelope. main/app, the CLI and the E2E bridge all call `handle`.
 */
import { ZodError } from 'zod';
import { contract, type Channel, type OutputOf, type ParsedInputOf } from './contract';
import { AppError, type Envelope, type ErrorPayload } from './errors';
import type { HandlerContext } from './context';
import { workspaceHandlers } from '../workspace/handlers';
import { settingsHandlers } from '../settings/handlers';
import { membersHandlers } from '../members/handlers';
import { jobsHandlers } from '../jobs/handlers';
import { memberImportHandlers } from '../members/import/handlers';
import { memberExportHandlers } from '../members/export/handlers';
import { memberPrintHandlers } from '../members/print/handlers';
import { rulesHandlers } from '../rules/handlers';
import { i18nHandlers } from '../i18n/handlers';
import { say } from '../i18n/messages';
import { ipcMessages as m } from './messages';

export type Handler<C extends Channel> = (input: ParsedInputOf<C>, ctx: HandlerContext) => Promise<OutputOf<C>>;
export type Handlers<C extends Channel> = { [K in C]: Handler<K> };

/** Typing this object as Handlers<Channel> makes a channel without a handler a compile error. */
const handlers: Handlers<Channel> = {
  ...workspaceHandlers,
  ...settingsHandlers,
  ...membersHandlers,
  ...jobsHandlers,
  ...memberImportHandlers,
  ...memberExportHandlers,
  ...memberPrintHandlers,
  ...rulesHandlers,
  ...i18nHandlers,
};

export interface Router {
  handle(channel: string, input: unknown): Promise<Envelope<unknown>>;
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

export function createRouter(ctx: HandlerContext, log: (err: unknown) => void = console.error): Router {
  return {
    async handle(channel, rawInput) {
      if (!isChannel(channel)) {
        return { ok: false, error: { code: 'INTERNAL', message: say(m.unknownChannel, { channel }) } };
      }
      try {
        const input = contract[channel].input.parse(rawInput);
        const handler = handlers[channel] as Handler<typeof channel>;
        return { ok: true, data: await handler(input as never, ctx) };
      } catch (err) {
        return { ok: false, error: toPayload(err, log) };
      }
    },
  };
}

export function zodToAppError(err: ZodError): AppError {
  return AppError.invalid(
    err.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message })),
  );
}

function toPayload(err: unknown, log: (err: unknown) => void): ErrorPayload {
  if (err instanceof AppError) return err.toPayload();
  if (err instanceof ZodError) return zodToAppError(err).toPayload();
  log(err);
  return {
    code: 'INTERNAL',
    message: say(m.unexpected, { reason: (err as Error)?.message ?? String(err) }),
  };
}

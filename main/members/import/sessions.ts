/**
 * Files chosen for import stay in main, parsed, between "choose", "preview" and "commit": the
 * renderer only holds an opaque token, never a path or the file's bytes.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../ipc/errors';
import { say } from '../../i18n/messages';
import { importMessages as m } from './messages';
import type { Grid } from './grid';

export interface ImportSession {
  token: string;
  fileName: string;
  grid: Grid;
}

/** A chair imports one file at a time; a few are kept for a second window or a retry. */
const KEEP = 4;
const sessions = new Map<string, ImportSession>();

export function keepSession(fileName: string, grid: Grid): ImportSession {
  const session = { token: randomUUID(), fileName, grid };
  sessions.set(session.token, session);
  while (sessions.size > KEEP) sessions.delete(sessions.keys().next().value!);
  return session;
}

export function getSession(token: string): ImportSession {
  const session = sessions.get(token);
  if (!session) throw new AppError('NOT_FOUND', say(m.sessionExpired));
  return session;
}

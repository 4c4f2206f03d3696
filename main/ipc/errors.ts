/**
 * Errors that cross the IPC boundary. Electron strips custom properties from thrown errors, so
 * handlers never throw across it: the router wraps every result in an Envelope and the client
 * turns a failed one back into an ApiError. Browser-safe: the preload and renderer import it.
 */
import { say } from '../i18n/messages';
import { ipcMessages } from './messages';

export type ErrorCode =
  | 'VALIDATION' // the input is wrong; `field` says which one
  | 'NOT_FOUND'
  | 'CONFLICT' // e.g. a CCCD already used by another member
  | 'NOT_SET_UP' // the branch has not been set up yet
  | 'DATA_FILE' // the data file cannot be opened or is from a newer version
  | 'FORBIDDEN' // the call did not come from the app's own frame
  | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the input field, e.g. "fields.cccd". */
  field: string;
  message: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  /** In the UI's language (the CLI's: Vietnamese), says what to fix. */
  message: string;
  /** The first field at fault (forms focus it). */
  field?: string;
  /** Every field at fault, so a form can mark them all at once. */
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };

/** Thrown by services in main; the router turns it into a failed Envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** A validation failure from a list of field issues (at least one). */
  static invalid(issues: FieldIssue[]): AppError {
    const [first] = issues;
    return new AppError('VALIDATION', first?.message ?? say(ipcMessages.invalidInput), first?.field, issues);
  }

  toPayload(): ErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.issues === undefined ? {} : { issues: this.issues }),
    };
  }
}

/** Thrown by the client in the renderer when a call fails. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly issues: FieldIssue[];
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.field = payload.field;
    this.issues = payload.issues ?? (payload.field ? [{ field: payload.field, message: payload.message }] : []);
  }
}

/** Unwraps an Envelope: the data, or an ApiError carrying code, field and issues. */
export function unwrap<T>(result: Envelope<T>): T {
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}

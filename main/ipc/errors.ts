/**
 * Errors that cross the IPC boundary. Electron strips custom properties from thrown errors, so
 * handlers never throw across it: the router wraps every result in an Envelope and the client
 * turns a failed one back into an ApiError. Browser-safe: the preload and renderer import it.
 */
export type ErrorCode =
  | 'VALIDATION' // the input is wrong; `field` says which one
  | 'NOT_FOUND'
  | 'CONFLICT' // e.g. a CCCD already used by another member
  | 'NOT_SET_UP' // the branch has not been set up yet
  | 'DATA_FILE' // the data file cannot be opened or is from a newer version
  | 'FORBIDDEN' // the call did not come from the app's own frame
  | 'INTERNAL';

export interface ErrorPayload {
  code: ErrorCode;
  /** Vietnamese, says what to fix. */
  message: string;
  field?: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };

/** Thrown by services in main; the router turns it into a failed Envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** Thrown by the client in the renderer when a call fails. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.field = payload.field;
  }
}

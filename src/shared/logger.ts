// The process's one logger: every line (the request log, errors, start-up) is one JSON object,
// or with LOG_FORMAT=pretty one line of text, never ANSI colours. Lines written while a request is
// handled carry its request id and operation (logContext). Values are scrubbed of what must never
// reach a log: passwords in connection URLs, bearer tokens.
import { AsyncLocalStorage } from 'node:async_hooks';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/** What the request being handled adds to every line written for it (set by the HTTP layer). */
export interface RequestLogContext {
  requestId?: string;
  operation?: string | null;
}

export const logContext = new AsyncLocalStorage<RequestLogContext>();

export interface Logger {
  log(level: LogLevel, msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const SECRETS: [RegExp, string][] = [
  // postgresql://user:password@host -> postgresql://user:***@host
  [/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi, '$1***@'],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]+/g, 'Bearer ***'],
  // A JWT anywhere else.
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g, '***'],
];

export const scrub = (text: string) => SECRETS.reduce((t, [pattern, by]) => t.replace(pattern, by), text);

/** An error as log fields: name, code and message, and the stack as one string (one line in JSON). */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: { message: String(error) } };
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  return {
    error: {
      name: error.name,
      ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
      message: error.message,
      stack: error.stack?.split('\n').slice(1, 12).join('\n'),
      ...(cause instanceof Error ? { cause: (errorFields(cause) as { error: unknown }).error } : {}),
    },
  };
}

const pretty = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

export function createLogger(
  format: 'json' | 'pretty' = 'json',
  write: (line: string) => void = (line) => console.log(line),
): Logger {
  const log = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    const entry = { time: new Date().toISOString(), level, msg, ...logContext.getStore(), ...fields };
    if (format === 'json') {
      write(scrub(JSON.stringify(entry)));
      return;
    }
    const { time: _time, level: _level, msg: _msg, ...rest } = entry;
    const extra = Object.entries(rest)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${pretty(v)}`);
    write(
      scrub(`[estate-api] ${level === 'info' ? '' : `${level}: `}${msg}${extra.length ? ` ${extra.join(' ')}` : ''}`),
    );
  };
  return {
    log,
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}

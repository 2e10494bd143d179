import type { MessageArgs } from './messages/index.js';

/**
 * Errors are values: a code for programs, a message for people (Dutch, the users'
 * language) and the path of the field it concerns, e.g. `criteria[3].values[1].to`.
 * `params` (and `messageKey` when one code has several texts) let the message be rendered
 * again in any locale from the catalogue: `localizeError` in src/domain/messages.
 */
export interface DomainError {
  code: string;
  message: string;
  /** The catalogue key of the message when it is not the code itself. */
  messageKey?: string;
  /** The message's parameters, for rendering it in another locale. */
  params?: MessageArgs;
  /** Field path in dotted/bracket notation; empty for the whole object. */
  path: string;
  /** Filled in by loaders that know where the field stands in a file. */
  file?: string;
  line?: number;
  column?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: DomainError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(errors: DomainError[]): Result<T> => ({ ok: false, errors });

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** One line per error: `file:line:column: path: message`, leaving out what is unknown. */
export function formatError(error: DomainError): string {
  const where = [error.file, error.line, error.line !== undefined ? error.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const field = error.path === '' ? '' : `${error.path}: `;
  return `${where === '' ? '' : `${where}: `}${field}${error.message}`;
}

/** Thrown only at the edges where a Result cannot be returned (e.g. a lookup by id). */
export class DomainException extends Error {
  constructor(readonly errors: DomainError[]) {
    super(errors.map(formatError).join('\n'));
    this.name = 'DomainException';
  }
}

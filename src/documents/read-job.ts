import type { Result } from '../domain/errors.js';
import { type FamilyDocxOptions, type FamilyDocxRead, readFamilyDocx } from './family-docx/index.js';
import { type LegacyFile, readLegacyBytes } from './legacy/read-legacy-file.js';

/**
 * One uploaded file to read: plain data only, so it can be posted to a worker thread of the
 * document pool (render-pool.ts). Reading is pure but unbounded in time: a 10 MB PDF held
 * the event loop for 5–7 s, a 0.4 MB PDF whose streams inflate to 100 MB for 98–176 s
 * (docs/limits.md, "Reading uploaded files").
 */
export type ReadJob =
  /** An old function description (.docx, .txt, .pdf); `file` names it and says its type. */
  | { kind: 'read-legacy'; file: string; bytes: Uint8Array }
  /** A family document (.docx, decision 0063). */
  | { kind: 'read-family-docx'; bytes: Uint8Array; options: FamilyDocxOptions };

export interface ReadJobResults {
  'read-legacy': Result<LegacyFile>;
  'read-family-docx': Result<FamilyDocxRead>;
}

export type ReadJobResult<J extends ReadJob> = ReadJobResults[J['kind']];

/** Reads the file of a job (in a worker of render-pool.ts, or in-process for the CLI and tests). */
export async function runReadJob<J extends ReadJob>(job: J): Promise<ReadJobResult<J>> {
  if (job.kind === 'read-legacy') {
    // A posted Buffer arrives as a plain Uint8Array: the reader wants Buffer's methods.
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    return (await readLegacyBytes(job.file, bytes)) as ReadJobResult<J>;
  }
  return readFamilyDocx(job.bytes, job.options) as ReadJobResult<J>;
}

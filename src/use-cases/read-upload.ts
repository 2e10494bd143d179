import { DocumentJobError } from '../documents/render-pool.js';
import type { ReadJob, ReadJobResult } from '../documents/read-job.js';
import type { UseCaseDeps } from './context.js';
import { readProblem } from './problems.js';

/**
 * Reads an uploaded file with the process's document pool (off the event loop in the server,
 * in-process in the CLI); a job over a limit becomes a problem (503/422).
 */
export async function readUpload<J extends ReadJob>(deps: UseCaseDeps, job: J): Promise<ReadJobResult<J>> {
  try {
    return await deps.documents.read(job);
  } catch (error) {
    // A reader that fails in a way it did not foresee (a parser's own error on a strange file)
    // makes the file unreadable for the person who sent it, not an internal error.
    if (error instanceof DocumentJobError) throw readProblem(error.reason, error.limitMs);
    throw error;
  }
}

import { DocumentJobError } from '../documents/render-pool.js';
import type { RenderJob } from '../documents/render-job.js';
import type { UseCaseDeps } from './context.js';
import { documentProblem } from './problems.js';

/** Makes a document with the process's renderer; a job over a limit becomes a problem (503/422). */
export async function renderDocument(deps: UseCaseDeps, job: RenderJob): Promise<Uint8Array> {
  try {
    return await deps.documents.render(job);
  } catch (error) {
    if (error instanceof DocumentJobError && error.reason !== 'failed') throw documentProblem(error.reason, error.limitMs);
    throw error;
  }
}

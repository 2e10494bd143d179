import type { Family } from '../domain/family/schema.js';
import type { FubeDocumentView } from './fube-document-view.js';
import { buildFamilyDocx, buildFamilyPdf, buildFubeDocx, buildFubePdf } from './index.js';

/** One document to make: plain data only, so it can be posted to a worker thread. */
export type RenderJob =
  | { kind: 'fube'; format: 'pdf' | 'docx'; view: FubeDocumentView }
  | { kind: 'family'; format: 'pdf' | 'docx'; family: Family; generatedAt: string };

/** Makes the document of a job (in a worker of render-pool.ts, or in-process for the CLI). */
export function runRenderJob(job: RenderJob): Promise<Buffer> {
  if (job.kind === 'fube') return job.format === 'docx' ? buildFubeDocx(job.view) : buildFubePdf(job.view);
  return job.format === 'docx' ? buildFamilyDocx(job.family, { generatedAt: job.generatedAt }) : buildFamilyPdf(job.family, { generatedAt: job.generatedAt });
}

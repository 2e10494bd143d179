import type { Family } from '../domain/family/schema.js';
import type { DocumentBlocks } from './blocks.js';
import type { FubeDocumentView } from './fube-document-view.js';
import { renderPdf } from './render-pdf.js';
import { buildFamilyDocx, buildFamilyPdf, buildFubeDocx, buildFubePdf } from './index.js';

/** One document to make: plain data only, so it can be posted to a worker thread. */
export type RenderJob =
  | { kind: 'fube'; format: 'pdf' | 'docx'; view: FubeDocumentView }
  | { kind: 'family'; format: 'pdf' | 'docx'; family: Family; generatedAt: string }
  /** A document already written as blocks (the pay report): laid out off the event loop. */
  | { kind: 'blocks'; format: 'pdf'; blocks: DocumentBlocks };

/** Makes the document of a job (in a worker of render-pool.ts, or in-process for the CLI). */
export function runRenderJob(job: RenderJob): Promise<Buffer> {
  if (job.kind === 'blocks') return renderPdf(job.blocks);
  if (job.kind === 'fube') return job.format === 'docx' ? buildFubeDocx(job.view) : buildFubePdf(job.view);
  return job.format === 'docx' ? buildFamilyDocx(job.family, { generatedAt: job.generatedAt }) : buildFamilyPdf(job.family, { generatedAt: job.generatedAt });
}

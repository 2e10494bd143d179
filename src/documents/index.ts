import type { Family } from '../domain/family/schema.js';
import { familyBlocks } from './family-blocks.js';
import { fubeBlocks } from './fube-blocks.js';
import { letterBlocks } from './letter-blocks.js';
import type { AnyLetterFacts } from '../domain/letters/letter.js';
import type { Locale } from '../domain/messages/index.js';
import type { FubeDocumentView } from './fube-document-view.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';

/**
 * The documents Weegschaal writes: a FUBE and a family, as Word (.docx) and PDF. Pure
 * builders: the caller (API, CLI) reads the store and passes plain data in.
 */
export interface FamilyDocumentOptions {
  /** Printed in the footer; defaults to now. Pass it for reproducible output. */
  generatedAt?: string;
}

export function buildFubeDocx(view: FubeDocumentView): Promise<Buffer> {
  return renderDocx(fubeBlocks(view));
}

export function buildFubePdf(view: FubeDocumentView): Promise<Buffer> {
  return renderPdf(fubeBlocks(view));
}

/** A holder's letter (decision 0028) as Word or PDF, in the given language. */
export function buildLetter(format: 'docx' | 'pdf', locale: Locale, facts: AnyLetterFacts, generatedAt: string): Promise<Buffer> {
  const blocks = letterBlocks(locale, facts, generatedAt);
  return format === 'docx' ? renderDocx(blocks) : renderPdf(blocks);
}

export function buildFamilyDocx(family: Family, options: FamilyDocumentOptions = {}): Promise<Buffer> {
  return renderDocx(familyBlocks(family, options.generatedAt ?? new Date().toISOString()));
}

export function buildFamilyPdf(family: Family, options: FamilyDocumentOptions = {}): Promise<Buffer> {
  return renderPdf(familyBlocks(family, options.generatedAt ?? new Date().toISOString()));
}

export { type DocumentNames, type FubeDocumentInput, type FubeDocumentView, fubeDocumentView, fubeDocumentViewSchema } from './fube-document-view.js';
export { familyLayout, type FamilyLayout } from './family-layout.js';

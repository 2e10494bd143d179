import { z } from 'zod';
import type { FubeSuggestionView } from '../../api/legacy.js';
import { ref } from '../../messages/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { notFound } from '../problems.js';
import { type OpenedFube, openFube } from './fube-gate.js';

/**
 * The suggestion a draft was made with from an old function description (decision 0064),
 * read from the draft's `fube.create` history row: that row is written in the same
 * transaction as the draft and already holds the file and the whole suggestion (the CLI's
 * `import legacy` has always written it), so drafts made before the web app read it too and
 * nothing is kept twice. Visible exactly to whoever may open the FUBE; 404 when it has none.
 */

/** What the history row holds (FubeOrigin of fubes-repository.ts with a FubeSuggestion); anything else counts as none. */
const storedSuggestionSchema = z.object({
  legacySource: z.string(),
  suggestion: z.object({
    method: z.string(),
    family: z.string(),
    familyVersion: z.number().int(),
    resultAreas: z.array(z.string()),
    values: z.record(z.string(), z.number().int()),
    evidence: z.record(z.string(), z.array(z.object({ text: z.string(), score: z.number() }))),
    confidence: z.record(z.string(), z.number()),
    level: z.object({ estimate: z.number() }).optional(),
  }),
});

export async function suggestionOf(deps: UseCaseDeps, opened: OpenedFube): Promise<FubeSuggestionView | undefined> {
  const [row] = await deps.store.history.list({
    subjectType: 'fube',
    subjectId: opened.record.id,
    action: 'fube.create',
    limit: 1,
  });
  if (row === undefined) return undefined;
  const stored = storedSuggestionSchema.safeParse(row.data);
  if (!stored.success) return undefined;
  const { legacySource, suggestion } = stored.data;
  return {
    fubeId: opened.record.id,
    file: legacySource,
    at: row.at,
    by: row.actorName ?? row.actorId,
    method: suggestion.method,
    family: suggestion.family,
    familyVersion: suggestion.familyVersion,
    resultAreas: suggestion.resultAreas,
    values: suggestion.values,
    evidence: suggestion.evidence,
    confidence: suggestion.confidence,
    levelEstimate: suggestion.level?.estimate ?? null,
  };
}

export async function fubeSuggestion(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<FubeSuggestionView> {
  // The suggestion is read from the draft's creation row in the history (who made it, when, the
  // old file's name and quoted sentences): whoever may read the FUBE's history, not every reader.
  const opened = await openFube(deps, ctx, id, 'read-history');
  const suggestion = await suggestionOf(deps, opened);
  if (suggestion === undefined) throw notFound(ref('legacy.suggestion.none', { id }));
  return suggestion;
}

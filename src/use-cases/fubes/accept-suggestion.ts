import type { WeighingValues } from '../../domain/weighing/types.js';
import { catalogueError, ref } from '../../messages/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { domainRefused, notFound } from '../problems.js';
import { openFube } from './fube-gate.js';
import { suggestionOf } from './fube-suggestion.js';
import { weighFube } from './weigh-fube.js';

export interface AcceptSuggestionRequest {
  id: string;
  baseRevision: number;
  /** Only these criteria's suggested values; the others keep the draft's own. All when left out. */
  criteria?: string[] | undefined;
}

/**
 * Takes the suggestion of a draft made from an old file into its weighing (issue 17 item 3):
 * the suggested values, over the draft's own for the criteria not taken, stored through the
 * weigh use case (same rights, base revision and checks as saving a weighing by hand). It
 * never decides the class: HR reviews the values and decides in the class step as usual.
 */
export async function acceptSuggestion(deps: UseCaseDeps, ctx: UseCaseContext, request: AcceptSuggestionRequest) {
  const opened = await openFube(deps, ctx, request.id);
  const suggestion = await suggestionOf(deps, opened);
  if (suggestion === undefined) throw notFound(ref('legacy.suggestion.none', { id: request.id }));
  const { content } = opened.record;
  // The values name the criteria of the family they were suggested in; after a change of family they mean nothing.
  if (content.familyId !== suggestion.family)
    throw domainRefused(
      [catalogueError('legacy.suggestion.other-family', 'criteria', { family: suggestion.family })],
      ref('problem.weighing-invalid'),
    );
  const criteria = request.criteria ?? Object.keys(suggestion.values);
  const unknown = criteria.filter((c) => suggestion.values[c] === undefined);
  if (unknown.length > 0)
    throw domainRefused(
      unknown.map((c) => catalogueError('legacy.suggestion.criterion-unknown', `criteria`, { criterion: c })),
      ref('problem.weighing-invalid'),
    );
  const values: WeighingValues = { ...(content.weighing?.values ?? {}) };
  for (const criterion of criteria) values[criterion] = suggestion.values[criterion]!;
  return weighFube(
    deps,
    ctx,
    { id: request.id, baseRevision: request.baseRevision, values },
    { reason: `voorstel uit oude functiebeschrijving ${suggestion.file} overgenomen in de weging` },
  );
}

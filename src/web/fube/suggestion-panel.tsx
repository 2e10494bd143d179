import type { FubeSuggestionView } from '../../api/legacy.js';
import { useAcceptSuggestion, useFubeSuggestion } from '../api/legacy-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { ErrorMessage } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import type { StepProps } from './step-props.js';

/** The score the suggester gives a sentence that only speaks of the level (decision 0064, evidence step 5). */
const LEVEL_CUE_SCORE = 0.05;
/** Sentences shown per criterion: the strongest first. */
const EVIDENCE_SHOWN = 3;

/**
 * "Voorstel uit oude beschrijving" on the weighing step of a draft made from an old file
 * (issue 17 item 3): per criterion the suggested value, the confidence and the sentences of
 * the old text that support it; one button takes the values into the weighing (a new
 * revision through the API's weigh use case). Nothing for other FUBEs, nor once proposed.
 */
export function SuggestionPanel({ view, family, draft }: Pick<StepProps, 'view' | 'family' | 'draft'>) {
  // Asked on drafts only: the suggestion serves the first weighing, and every other FUBE would
  // answer 404 on each visit of its weighing step (a failed request in the browser's console).
  const suggestion = useFubeSuggestion(view.id, view.state === 'draft');
  if (suggestion.data == null) return null;
  return <SuggestionCard view={view} family={family} draft={draft} suggestion={suggestion.data} />;
}

function SuggestionCard({
  view,
  family,
  draft,
  suggestion,
}: Pick<StepProps, 'view' | 'family' | 'draft'> & { suggestion: FubeSuggestionView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const accept = useAcceptSuggestion(view.id);
  const weighed = draft.weighing?.values ?? {};
  const sameFamily = view.content.familyId === suggestion.family;
  // Unsaved changes in the editor would be overwritten by the new revision: save them first.
  const unsaved = JSON.stringify(draft) !== JSON.stringify(view.content);
  // Every suggested value already in the saved weighing: nothing left to take; the table folds.
  const allTaken =
    sameFamily &&
    Object.entries(suggestion.values).every(([criterion, value]) => view.content.weighing?.values[criterion] === value);
  const percent = (share: number) => `${i18n.number(Math.round(share * 100))} %`;
  const score = (value: number) =>
    new Intl.NumberFormat(i18n.tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return (
    <section className="wg-card wg-suggestion" aria-labelledby="suggestion-title" data-testid="suggestion">
      <h3 id="suggestion-title">{t('ui.suggestion.title')}</h3>
      <p>{t('ui.suggestion.intro', { file: suggestion.file, date: i18n.date(suggestion.at) })}</p>
      {!sameFamily ? (
        <Alert tone="warning">{t('ui.suggestion.other-family', { family: suggestion.family })}</Alert>
      ) : (
        view.abilities.weigh &&
        (allTaken ? (
          accept.data !== undefined ? (
            <Alert tone="success" live>
              {t('ui.suggestion.accepted', { revision: accept.data.revision })}
            </Alert>
          ) : (
            <p className="wg-hint">{t('ui.suggestion.all-taken')}</p>
          )
        ) : (
          <>
            <p className="wg-hint">{unsaved ? t('ui.suggestion.unsaved') : t('ui.suggestion.accept-hint')}</p>
            <div className="wg-actions">
              <Button
                onClick={() => accept.mutate({ baseRevision: view.revision })}
                disabled={accept.isPending || unsaved || !view.abilities.edit}
              >
                {t('ui.suggestion.accept')}
              </Button>
            </div>
            {accept.error !== null && <ErrorMessage error={accept.error} />}
          </>
        ))
      )}
      <details className="wg-suggestion__details" open={!allTaken}>
        <summary>{t('ui.suggestion.details')}</summary>
        <TableWrap label={t('ui.suggestion.title')}>
          <table className="wg-table">
            <caption className="wg-visually-hidden">{t('ui.suggestion.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.suggestion.col.criterion')}</th>
                <th scope="col">{t('ui.suggestion.col.value')}</th>
                <th scope="col" className="wg-num">
                  {t('ui.suggestion.col.confidence')}
                </th>
                <th scope="col">{t('ui.suggestion.col.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {family.criteria.map((criterion) => {
                const value = suggestion.values[criterion.id];
                if (value === undefined) return null;
                const evidence = (suggestion.evidence[criterion.id] ?? []).slice(0, EVIDENCE_SHOWN);
                return (
                  <tr key={criterion.id} data-criterion={criterion.id}>
                    <th scope="row">{criterion.name}</th>
                    <td>
                      {t('ui.suggestion.value', { value })}
                      {sameFamily && weighed[criterion.id] === value && (
                        <>
                          <br />
                          <span className="wg-hint">{t('ui.suggestion.taken')}</span>
                        </>
                      )}
                    </td>
                    <td className="wg-num">{percent(suggestion.confidence[criterion.id] ?? 0)}</td>
                    <td>
                      {evidence.length === 0 ? (
                        <span className="wg-hint">{t('ui.suggestion.no-evidence')}</span>
                      ) : (
                        <ul className="wg-suggestion__evidence">
                          {evidence.map((e, i) => (
                            <li key={i}>
                              “{e.text}”{' '}
                              <span className="wg-hint">
                                ({e.score <= LEVEL_CUE_SCORE ? t('ui.suggestion.level-only') : score(e.score)})
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </section>
  );
}

import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { historyLink } from '../admin/paths.js';
import { useCompare, useFubeHistory, useFubeRevisions } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { SelectField } from '../ui/field.js';
import { actionLabel, stateLabel } from '../ui/labels.js';
import { QueryState } from '../ui/query-state.js';
import { usePermission } from '../shell/permissions.js';
import type { StepProps } from './step-props.js';
import { TableWrap } from '../ui/table-wrap.js';
import { actorLabel } from '../ui/people-labels.js';
import { RevisionDiff } from './revision-diff.js';

/** The append-only history and a side-by-side comparison of two revisions. */
export function HistoryStep({ view, family }: StepProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const history = useFubeHistory(view.id);
  const revisions = useFubeRevisions(view.id);
  const [from, setFrom] = useState(Math.max(1, view.revision - 1));
  const [to, setTo] = useState(view.revision);
  const [asked, setAsked] = useState<{ from: number; to: number } | null>(null);
  const compare = useCompare(view.id, asked?.from ?? 0, asked?.to ?? 0, asked !== null);
  const mayReadFullHistory = usePermission('read-full-history');
  const options = (revisions.data ?? []).map((r) => ({ value: String(r.revision), label: `${r.revision} · ${i18n.dateTime(r.createdAt)}` }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsked({ from, to });
  };
  return (
    <div>
      {mayReadFullHistory === true && (
        <p>
          <Link to={historyLink('fube', view.id)}>{t('ui.history.full-link')}</Link>
        </p>
      )}
      <QueryState query={history}>
        {(events) =>
          events.length === 0 ? (
            <p>{t('ui.history.empty')}</p>
          ) : (
            <TableWrap label={t('ui.history.caption')}>
              <table className="wg-table">
                <caption>{t('ui.history.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ui.col.when')}</th>
                    <th scope="col">{t('ui.col.who')}</th>
                    <th scope="col">{t('ui.col.what')}</th>
                    <th scope="col">{t('ui.col.revision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((e, i) => (
                    <tr key={i}>
                      <td>{i18n.dateTime(e.at)}</td>
                      <td>{actorLabel(i18n, e.actorId, e.actorName)}</td>
                      <td>
                        {actionLabel(i18n, e.type)}
                        <span className="wg-choice__meta">{t('ui.history.transition', { from: stateLabel(i18n, e.from), to: stateLabel(i18n, e.to) })}</span>
                      </td>
                      <td className="wg-num">{e.revision}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </QueryState>
      <h3>{t('ui.compare.title')}</h3>
      <form onSubmit={submit}>
        <div className="wg-two-col">
          <SelectField label={t('ui.compare.from')} value={String(from)} onChange={(e) => setFrom(Number(e.target.value))} options={options} />
          <SelectField label={t('ui.compare.to')} value={String(to)} onChange={(e) => setTo(Number(e.target.value))} options={options} />
        </div>
        <Button type="submit" variant="secondary">
          {t('ui.compare.submit')}
        </Button>
      </form>
      {asked !== null && (
        <QueryState query={compare}>{(diff) => (diff.changes.length === 0 ? <p role="status">{t('ui.compare.none')}</p> : <RevisionDiff diff={diff} family={family} />)}</QueryState>
      )}
    </div>
  );
}

import { Link } from 'react-router';
import type { Overview } from '../../api/overview.js';
import { STATUSES } from '../../domain/workflow/status.js';
import { useOverview } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { DeadlineText } from '../ui/deadline.js';
import { actionLabel, stateLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';

/** The HR overview: per entity the FUBEs in each state, and the deadlines close or passed. */
export default function OverviewPage() {
  const { t } = useI18n();
  const overview = useOverview();
  return (
    <>
      <PageTitle title={t('ui.overview.title')}>{t('ui.overview.title')}</PageTitle>
      <QueryState query={overview}>{(data) => <OverviewBody data={data} />}</QueryState>
    </>
  );
}

function OverviewBody({ data }: { data: Overview }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Only the states some entity has FUBEs in, in the procedure's order.
  const states = STATUSES.filter((s) => data.entities.some((e) => e.counts.some((c) => c.state === s)));
  const countOf = (entity: Overview['entities'][number], state: string) => entity.counts.find((c) => c.state === state)?.count ?? 0;
  return (
    <>
      <p>{t('ui.overview.intro', { days: data.horizonWorkingDays, date: i18n.date(data.dueBy) })}</p>
      <section aria-labelledby="overview-states">
        <h2 id="overview-states">{t('ui.overview.states')}</h2>
        {data.entities.length === 0 ? (
          <p>{t('ui.overview.empty')}</p>
        ) : (
          <TableWrap label={t('ui.overview.states.caption')}>
            <table className="wg-table wg-table--numbers">
              <caption>{t('ui.overview.states.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.col.entity')}</th>
                  {states.map((s) => (
                    <th scope="col" key={s}>
                      {stateLabel(i18n, s)}
                    </th>
                  ))}
                  <th scope="col">{t('ui.overview.total')}</th>
                </tr>
              </thead>
              <tbody>
                {data.entities.map((entity) => (
                  <tr key={entity.entityId}>
                    <th scope="row">{entity.name}</th>
                    {states.map((s) => {
                      const n = countOf(entity, s);
                      return (
                        <td key={s}>
                          {n === 0 ? (
                            '0'
                          ) : (
                            <Link to={`/catalogus?entity=${encodeURIComponent(entity.entityId)}&state=${s}`} title={t('ui.overview.catalogue-link')}>
                              {i18n.number(n)}
                            </Link>
                          )}
                        </td>
                      );
                    })}
                    <td>
                      <Link to={`/catalogus?entity=${encodeURIComponent(entity.entityId)}`}>{i18n.number(entity.total)}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      <section aria-labelledby="overview-deadlines">
        <h2 id="overview-deadlines">{t('ui.overview.deadlines')}</h2>
        {data.deadlines.length === 0 ? (
          <p>{t('ui.overview.deadlines.none', { days: data.horizonWorkingDays })}</p>
        ) : (
          <TableWrap label={t('ui.overview.deadlines.caption', { days: data.horizonWorkingDays })}>
            <table className="wg-table">
              <caption>{t('ui.overview.deadlines.caption', { days: data.horizonWorkingDays })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.col.function')}</th>
                  <th scope="col">{t('ui.col.entity')}</th>
                  <th scope="col">{t('ui.col.what')}</th>
                  <th scope="col">{t('ui.col.state')}</th>
                  <th scope="col">{t('ui.col.deadline')}</th>
                </tr>
              </thead>
              <tbody>
                {data.deadlines.map((item) => (
                  <tr key={`${item.fube.id}-${item.deadline?.code ?? ''}-${item.deadline?.date ?? ''}`}>
                    <td>
                      <Link to={`/fubes/${encodeURIComponent(item.fube.id)}`}>{item.fube.title}</Link>
                    </td>
                    <td>{data.entities.find((e) => e.entityId === item.fube.entityId)?.name ?? ''}</td>
                    <td>{item.actions.map((a) => actionLabel(i18n, a)).join(', ')}</td>
                    <td>{stateLabel(i18n, item.fube.state)}</td>
                    <td>
                      <DeadlineText deadline={item.deadline} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.truncated && <p>{t('ui.overview.deadlines.more')}</p>}
          </TableWrap>
        )}
      </section>
    </>
  );
}

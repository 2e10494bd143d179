import { Link } from 'react-router';
import { useMyWork } from '../api/queries.js';
import { NewFubeLink } from '../fube/new-fube-link.js';
import { useI18n } from '../i18n/i18n.js';
import { DeadlineText } from '../ui/deadline.js';
import { actionLabel, stateLabel } from '../ui/labels.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import { PayWorkSection } from '../pay/pay-work-section.js';

/** The server's default: the most urgent items only (src/use-cases/fubes/my-work.ts). */
const MY_WORK_LIMIT = 100;

/** Actions of a function holder: they open the holder's own view instead of the editor. */
const HOLDER_ACTIONS = new Set(['remark', 'request-talk', 'appeal']);

/** "My work": the FUBEs waiting for the caller's action, most urgent deadline first. */
export default function HomePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const work = useMyWork();
  return (
    <>
      <PageTitle title={t('ui.home.title')}>{t('ui.home.title')}</PageTitle>
      <NewFubeLink />
      <p>{t('ui.home.intro')}</p>
      <QueryState query={work}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('ui.home.empty')}</p>
          ) : (
            <TableWrap label={t('ui.home.caption')}>
              <table className="wg-table">
                <caption>{t('ui.home.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ui.col.function')}</th>
                    <th scope="col">{t('ui.col.action')}</th>
                    <th scope="col">{t('ui.col.state')}</th>
                    <th scope="col">{t('ui.col.deadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...items]
                    .sort((a, b) => (a.deadline?.daysLeft ?? Infinity) - (b.deadline?.daysLeft ?? Infinity))
                    .map((item) => (
                      <tr key={`${item.fube.id}-${item.action}`}>
                        <td>
                          <Link to={`${HOLDER_ACTIONS.has(item.action) ? '/mijn-functie' : '/fubes'}/${encodeURIComponent(item.fube.id)}`}>{item.fube.title}</Link>
                        </td>
                        <td>{actionLabel(i18n, item.action)}</td>
                        <td>{stateLabel(i18n, item.fube.state)}</td>
                        <td>
                          <DeadlineText deadline={item.deadline} />
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
              {items.length >= MY_WORK_LIMIT && <p>{t('ui.home.more', { n: MY_WORK_LIMIT })}</p>}
            </TableWrap>
          )
        }
      </QueryState>
      <PayWorkSection />
    </>
  );
}

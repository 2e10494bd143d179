import { useState } from 'react';
import type { PayAnswerView } from '../../api/pay-follow-up.js';
import { useAskPay, useMyPayRequests, usePayRequest } from '../api/pay-follow-up-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';

/** The route of the holder's page (src/use-cases/pay/pay-work.ts links here). */
export const PAY_REQUEST_PATH = '/loon-opvragen';

type Figure = number | { suppressed: true } | null;

function Amount({ value }: { value: Figure }) {
  const { t, number } = useI18n();
  if (value === null) return <>–</>;
  if (typeof value === 'object') return <em>{t('ui.pay-request.suppressed')}</em>;
  return <>{number(Math.round(value * 100) / 100)}</>;
}

function Answer({ answer }: { answer: PayAnswerView }) {
  const { t, date } = useI18n();
  if (answer.kind === 'not-in-period') return <p>{t('ui.pay-request.not-in-period')}</p>;
  const rows = [
    ['ui.pay-request.row.basic', 'basic'],
    ['ui.pay-request.row.variable', 'variable'],
    ['ui.pay-request.row.total', 'total'],
  ] as const;
  const meanKey = { basic: 'basic', variable: 'variable', total: 'pay' } as const;
  return (
    <section aria-label={t('ui.pay-request.own')}>
      <p>{t('ui.pay-request.period', { period: answer.period.id, date: date(answer.period.referenceDate) })}</p>
      <table className="wg-table">
        <caption>{t('ui.pay-request.own')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('ui.pay-request.col.annual')}</th>
            <th scope="col">{t('ui.pay-request.col.hourly')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, key]) => (
            <tr key={key}>
              <th scope="row">{t(label)}</th>
              <td><Amount value={answer.own.annual[key]} /></td>
              <td><Amount value={answer.own.hourly[key]} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {answer.means === null ? (
        <p>{t('ui.pay-request.unclassified')}</p>
      ) : (
        <table className="wg-table">
          <caption>{t('ui.pay-request.category', { category: answer.category ?? '' })}</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('ui.pay-report.sex.women')} ({t('ui.pay-request.col.annual')})</th>
              <th scope="col">{t('ui.pay-report.sex.men')} ({t('ui.pay-request.col.annual')})</th>
              <th scope="col">{t('ui.pay-report.sex.women')} ({t('ui.pay-request.col.hourly')})</th>
              <th scope="col">{t('ui.pay-report.sex.men')} ({t('ui.pay-request.col.hourly')})</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, key]) => (
              <tr key={key}>
                <th scope="row">{t(label)}</th>
                <td><Amount value={answer.means!.women[meanKey[key]].annual} /></td>
                <td><Amount value={answer.means!.men[meanKey[key]].annual} /></td>
                <td><Amount value={answer.means!.women[meanKey[key]].hourly} /></td>
                <td><Amount value={answer.means!.men[meanKey[key]].hourly} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ReadAnswer({ id }: { id: string }) {
  const query = usePayRequest(id);
  return <QueryState query={query}>{(r) => (r.answer === null ? null : <Answer answer={r.answer} />)}</QueryState>;
}

/** "Loon opvragen (art. 7)": the holder asks for their pay information and reads the answers. */
export default function PayRequestPage() {
  const { t, date } = useI18n();
  const requests = useMyPayRequests();
  const ask = useAskPay();
  const [reading, setReading] = useState<string | null>(null);
  return (
    <>
      <PageTitle title={t('ui.pay-request.title')}>{t('ui.pay-request.title')}</PageTitle>
      <p>{t('ui.pay-request.intro', { threshold: 5 })}</p>
      <QueryState query={requests}>
        {({ requests: list }) => (
          <>
            {!list.some((r) => r.answeredAt === null) && (
              <button type="button" className="wg-button" disabled={ask.isPending} onClick={() => ask.mutate()}>
                {t('ui.pay-request.ask')}
              </button>
            )}
            {list.length === 0 ? (
              <p>{t('ui.pay-request.none')}</p>
            ) : (
              <ul>
                {list.map((r) => (
                  <li key={r.id}>
                    {t('ui.pay-request.asked', { date: date(r.requestedOn), due: date(r.dueOn) })}{' '}
                    {r.answeredAt !== null && (
                      <>
                        {t('ui.pay-request.answered', { date: date(r.answeredAt) })}{' '}
                        <button type="button" className="wg-button" onClick={() => setReading(r.id)}>
                          {t('ui.pay-request.read')}
                        </button>
                        {reading === r.id && <ReadAnswer id={r.id} />}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

import { useState } from 'react';
import { useAskPay, useMyPayRequests, usePayRequest } from '../api/pay-follow-up-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { PayAnswer } from './pay-answer.js';

/** The route of the holder's page (src/use-cases/pay/pay-work.ts links here). */
export const PAY_REQUEST_PATH = '/loon-opvragen';

function ReadAnswer({ id }: { id: string }) {
  const query = usePayRequest(id);
  return <QueryState query={query}>{(r) => (r.answer === null ? null : <PayAnswer answer={r.answer} />)}</QueryState>;
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
      <QueryState query={requests}>
        {({ requests: list, threshold }) => (
          <>
            <p>{t('ui.pay-request.intro', { threshold })}</p>
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

import { type ReactNode, useState } from 'react';
import type { PayRequestView } from '../../api/pay-follow-up.js';
import { RequirePermission } from '../admin/admin-gate.js';
import {
  useAnswerPayRequest,
  usePayAnswerPreview,
  usePayRequest,
  usePayRequests,
} from '../api/pay-follow-up-queries.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import { PayAnswer } from './pay-answer.js';
import './pay-report.css';

/**
 * "Verzoeken om loongegevens (art. 7)" (/loontransparantie/verzoeken, issue 16 item 6): the
 * pay analyst's requests to answer, soonest due first, with the two-month deadline; the
 * generated answer is previewed (a recorded read of the person's pay) and sent as shown; an
 * answered request shows the answer as it was kept.
 */
export default function PayRequestsPage() {
  const { t } = useI18n();
  return (
    <RequirePermission permission="answer-pay-requests" forbiddenText={t('ui.pay-assessment.forbidden')}>
      <Requests />
    </RequirePermission>
  );
}

const personOf = (i18n: I18n, r: PayRequestView) => r.personName ?? i18n.t('ui.pay-requests.unknown-person');

function state(i18n: I18n, r: PayRequestView): string {
  if (r.answeredAt !== null) return i18n.t('ui.pay-requests.state.answered', { date: i18n.date(r.answeredAt) });
  if (r.daysLeft < 0) return i18n.t('ui.pay-requests.state.overdue', { days: -r.daysLeft });
  return r.daysLeft === 0
    ? i18n.t('ui.pay-requests.state.today')
    : i18n.t('ui.pay-requests.state.open', { days: r.daysLeft });
}

function Requests() {
  const i18n = useI18n();
  const { t } = i18n;
  const open = usePayRequests(false);
  const answered = usePayRequests(true);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [sent, setSent] = useState<PayRequestView | null>(null);
  const send = useAnswerPayRequest();
  const prepare = (id: string) => {
    setSent(null);
    send.reset();
    setReading(null);
    setPreviewing(id);
  };
  const answer = (id: string) =>
    send.mutate(id, {
      onSuccess: (view) => {
        setPreviewing(null);
        setSent(view);
      },
    });
  return (
    <>
      <PageTitle title={t('ui.pay-requests.title')}>{t('ui.pay-requests.title')}</PageTitle>
      <p className="wg-hint">{t('ui.pay-requests.intro')}</p>
      <section aria-labelledby="pay-requests-open">
        <h2 id="pay-requests-open">{t('ui.pay-requests.open')}</h2>
        <QueryState query={open}>
          {({ requests }) =>
            requests.length === 0 ? (
              <p>{t('ui.pay-requests.none')}</p>
            ) : (
              <RequestTable label={t('ui.pay-requests.open')} requests={requests} testId="pay-requests-open">
                {(r) => (
                  <Button
                    variant="secondary"
                    onClick={() => prepare(r.id)}
                    aria-pressed={previewing === r.id}
                    aria-label={`${t('ui.pay-requests.prepare')}: ${personOf(i18n, r)}`}
                  >
                    {t('ui.pay-requests.prepare')}
                  </Button>
                )}
              </RequestTable>
            )
          }
        </QueryState>
        {previewing !== null && <Preview id={previewing} sending={send.isPending} onSend={answer} />}
        {send.error !== null && <ErrorMessage error={send.error} />}
        {sent !== null && (
          <>
            <Alert tone="success" live>
              {t('ui.pay-requests.sent')}
            </Alert>
            <KeptAnswer request={sent} />
          </>
        )}
      </section>
      <section aria-labelledby="pay-requests-answered">
        <h2 id="pay-requests-answered">{t('ui.pay-requests.answered')}</h2>
        <QueryState query={answered}>
          {({ requests }) =>
            requests.length === 0 ? (
              <p>{t('ui.pay-requests.none-answered')}</p>
            ) : (
              <RequestTable label={t('ui.pay-requests.answered')} requests={requests} testId="pay-requests-answered">
                {(r) => (
                  <Button
                    variant="secondary"
                    onClick={() => setReading(r.id)}
                    aria-pressed={reading === r.id}
                    aria-label={`${t('ui.pay-requests.read')}: ${personOf(i18n, r)}`}
                  >
                    {t('ui.pay-requests.read')}
                  </Button>
                )}
              </RequestTable>
            )
          }
        </QueryState>
        {reading !== null && <ReadKept id={reading} />}
      </section>
    </>
  );
}

function RequestTable({
  label,
  requests,
  testId,
  children,
}: {
  label: string;
  requests: readonly PayRequestView[];
  testId: string;
  children: (r: PayRequestView) => ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <TableWrap label={label}>
      <table className="wg-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('ui.pay-requests.col.person')}</th>
            <th scope="col">{t('ui.pay-requests.col.requested')}</th>
            <th scope="col">{t('ui.pay-requests.col.due')}</th>
            <th scope="col">{t('ui.pay-requests.col.state')}</th>
            <th scope="col">{t('ui.pay-requests.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id} className={r.answeredAt === null && r.daysLeft < 0 ? 'wg-pay-flagged' : undefined}>
              <th scope="row">{personOf(i18n, r)}</th>
              <td>{i18n.date(r.requestedOn)}</td>
              <td>{i18n.date(r.dueOn)}</td>
              <td>{state(i18n, r)}</td>
              <td>{children(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The generated answer before it is sent: fetched on demand, each fetch a recorded read. */
function Preview({ id, sending, onSend }: { id: string; sending: boolean; onSend: (id: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const preview = usePayAnswerPreview(id);
  return (
    <QueryState query={preview}>
      {({ request, answer }) => (
        <section aria-labelledby="pay-preview-title" className="wg-card wg-pay-answer">
          <h3 id="pay-preview-title">{t('ui.pay-requests.preview-title', { person: personOf(i18n, request) })}</h3>
          <p className="wg-hint">{t('ui.pay-requests.preview-hint')}</p>
          <PayAnswer answer={answer} person={personOf(i18n, request)} />
          <div className="wg-actions">
            <Button disabled={sending} onClick={() => onSend(id)}>
              {t('ui.pay-requests.send')}
            </Button>
          </div>
        </section>
      )}
    </QueryState>
  );
}

function KeptAnswer({ request }: { request: PayRequestView }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (request.answer === null) return null;
  return (
    <section aria-labelledby={`pay-kept-${request.id}`} className="wg-card wg-pay-answer">
      <h3 id={`pay-kept-${request.id}`}>{t('ui.pay-requests.sent-title', { person: personOf(i18n, request) })}</h3>
      <p className="wg-hint">
        {t('ui.pay-requests.state.answered', { date: i18n.date(request.answeredAt ?? request.requestedOn) })}
      </p>
      <PayAnswer answer={request.answer} person={personOf(i18n, request)} />
    </section>
  );
}

/** An answered request's answer as kept (each read recorded). */
function ReadKept({ id }: { id: string }) {
  const query = usePayRequest(id);
  return <QueryState query={query}>{(r) => <KeptAnswer request={r} />}</QueryState>;
}

import { type FormEvent, useState } from 'react';
import { holidayList, holidayRef, localDate } from '../../domain/workflow/index.js';
import { TEXT_LIMITS } from '../../api/values.js';
import { renderMessage } from '../../messages/index.js';
import { useAddClosingDay, useClosingDays, useRemoveClosingDay } from '../api/admin-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { TextField } from '../ui/field.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import { RequirePermission } from './admin-gate.js';

export default function ClosingDaysPage() {
  return (
    <RequirePermission permission="manage-calendar">
      <ClosingDays />
    </RequirePermission>
  );
}

/**
 * The organisation's closing days (issue 14): the administrator adds a day the organisation
 * is closed besides the holidays; a term whose last day falls on it ends on the next working
 * day. The holidays of this year and the next are shown beside them, computed by the same
 * calendar the server counts with.
 */
function ClosingDays() {
  const i18n = useI18n();
  const { t } = i18n;
  const days = useClosingDays();
  const add = useAddClosingDay();
  const remove = useRemoveClosingDay();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const year = Number(localDate(new Date()).slice(0, 4));
  const holidays = [...holidayList(year), ...holidayList(year + 1)];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    remove.reset();
    add.mutate(
      { date, reason },
      {
        onSuccess: (added) => {
          setDone(t('ui.closing-days.added', { date: i18n.date(added.date) }));
          setDate('');
          setReason('');
        },
      },
    );
  };
  const drop = (day: string) => {
    setDone(null);
    add.reset();
    remove.mutate(day, { onSuccess: () => setDone(t('ui.closing-days.removed', { date: i18n.date(day) })) });
  };
  return (
    <>
      <PageTitle title={t('ui.closing-days.title')}>{t('ui.closing-days.title')}</PageTitle>
      <p>{t('ui.closing-days.intro')}</p>
      <div role="status" aria-live="polite">
        {done !== null && <Alert tone="success">{done}</Alert>}
      </div>
      <h2>{t('ui.closing-days.list')}</h2>
      <QueryState query={days}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('ui.closing-days.none')}</p>
          ) : (
            <TableWrap label={t('ui.closing-days.list')}>
              <table className="wg-table">
                <thead>
                  <tr>
                    <th scope="col">{t('ui.closing-days.date')}</th>
                    <th scope="col">{t('ui.closing-days.reason')}</th>
                    <th scope="col">{t('ui.closing-days.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((d) => (
                    <tr key={d.date}>
                      <td>{i18n.date(d.date)}</td>
                      <td>{d.reason}</td>
                      <td>
                        <Button variant="secondary" onClick={() => drop(d.date)} disabled={remove.isPending} aria-label={t('ui.closing-days.remove-one', { date: i18n.date(d.date) })}>
                          {t('ui.closing-days.remove')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </QueryState>
      {remove.error !== null && <ErrorMessage error={remove.error} />}
      <h2>{t('ui.closing-days.add')}</h2>
      <form onSubmit={submit} className="wg-form">
        <TextField label={t('ui.closing-days.date')} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        <TextField
          label={t('ui.closing-days.reason')}
          hint={t('ui.closing-days.reason-hint')}
          required
          maxLength={TEXT_LIMITS.short}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {add.error !== null && <ErrorMessage error={add.error} />}
        <Button type="submit" disabled={add.isPending}>
          {t('ui.closing-days.add')}
        </Button>
      </form>
      <h2>{t('ui.closing-days.holidays', { from: year, to: year + 1 })}</h2>
      <ul>
        {holidays.map((h) => (
          <li key={h.date}>
            {i18n.date(h.date)}: {renderMessage(i18n.locale, holidayRef(h))}
          </li>
        ))}
      </ul>
    </>
  );
}

import type { PayAnswerView } from '../../api/pay-follow-up.js';
import { useI18n } from '../i18n/i18n.js';
import { type Basis, type Figure, euro } from './pay-format.js';

/** Euro, whole for a year and to the cent for an hour; a suppressed mean says so, never a number. */
function Amount({ value, basis }: { value: Figure; basis: Basis }) {
  const i18n = useI18n();
  if (value === null) return <>–</>;
  if (typeof value === 'object') return <em>{i18n.t('ui.pay-request.suppressed')}</em>;
  return <>{euro(i18n, value, basis)}</>;
}

/**
 * An Art. 7 answer as generated and kept: the person's own pay level and the means by sex of
 * their category (a suppressed mean says so). The holder reads it addressed to them ("Uw
 * loonniveau"); the pay analyst reads it about the person (`person`), as it will be sent.
 */
export function PayAnswer({ answer, person }: { answer: PayAnswerView; person?: string }) {
  const { t, date } = useI18n();
  const analyst = person !== undefined;
  if (answer.kind === 'not-in-period')
    return <p>{analyst ? t('ui.pay-requests.not-in-period', { person }) : t('ui.pay-request.not-in-period')}</p>;
  const ownCaption = analyst ? t('ui.pay-requests.own', { person }) : t('ui.pay-request.own');
  const rows = [
    ['ui.pay-request.row.basic', 'basic'],
    ['ui.pay-request.row.variable', 'variable'],
    ['ui.pay-request.row.total', 'total'],
  ] as const;
  const meanKey = { basic: 'basic', variable: 'variable', total: 'pay' } as const;
  return (
    <section aria-label={ownCaption}>
      <p>{t('ui.pay-request.period', { period: answer.period.id, date: date(answer.period.referenceDate) })}</p>
      <table className="wg-table">
        <caption>{ownCaption}</caption>
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
              <td>
                <Amount value={answer.own.annual[key]} basis="annual" />
              </td>
              <td>
                <Amount value={answer.own.hourly[key]} basis="hourly" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {answer.means === null ? (
        <p>{analyst ? t('ui.pay-requests.unclassified', { person }) : t('ui.pay-request.unclassified')}</p>
      ) : (
        <table className="wg-table">
          <caption>
            {t(analyst ? 'ui.pay-requests.category' : 'ui.pay-request.category', { category: answer.category ?? '' })}
          </caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">
                {t('ui.pay-report.sex.women')} ({t('ui.pay-request.col.annual')})
              </th>
              <th scope="col">
                {t('ui.pay-report.sex.men')} ({t('ui.pay-request.col.annual')})
              </th>
              <th scope="col">
                {t('ui.pay-report.sex.women')} ({t('ui.pay-request.col.hourly')})
              </th>
              <th scope="col">
                {t('ui.pay-report.sex.men')} ({t('ui.pay-request.col.hourly')})
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, key]) => (
              <tr key={key}>
                <th scope="row">{t(label)}</th>
                <td>
                  <Amount value={answer.means!.women[meanKey[key]].annual} basis="annual" />
                </td>
                <td>
                  <Amount value={answer.means!.men[meanKey[key]].annual} basis="annual" />
                </td>
                <td>
                  <Amount value={answer.means!.women[meanKey[key]].hourly} basis="hourly" />
                </td>
                <td>
                  <Amount value={answer.means!.men[meanKey[key]].hourly} basis="hourly" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

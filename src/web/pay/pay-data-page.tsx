import { type FormEvent, useState } from 'react';
import type { PayImportResult } from '../../api/pay.js';
import { PAY_THRESHOLD_RANGE } from '../../api/values.js';
import { can } from '../../domain/access/authorize.js';
import { RequirePermission } from '../admin/admin-gate.js';
import { useMe } from '../api/queries.js';
import { useEntities } from '../api/queries.js';
import { useDeletePayPeriod, useUploadPayFile } from '../api/pay-data-queries.js';
import { usePayPeriods } from '../api/pay-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { actorOf } from '../shell/permissions.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { SelectField, TextField } from '../ui/field.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';

export default function PayDataPage() {
  return (
    <RequirePermission permission="manage-pay-data">
      <PayData />
    </RequirePermission>
  );
}

/**
 * "Loongegevens" (issue 16 items 1 and 2): the pay analyst uploads a pay file for a period
 * and sees every rejected row (line, column, reason); the periods with their counts (never
 * amounts) and a delete button where the caller may delete. The server decides; the page
 * offers only what the period's abilities allow.
 */
function PayData() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const periods = usePayPeriods();
  const entities = useEntities();
  const upload = useUploadPayFile();
  const remove = useDeletePayPeriod();
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [referenceDate, setReferenceDate] = useState('');
  const [entity, setEntity] = useState('');
  const [threshold, setThreshold] = useState(String(PAY_THRESHOLD_RANGE.min));
  const [partial, setPartial] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<PayImportResult | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);

  const actor = me.data == null ? undefined : actorOf(me.data);
  const importable = (entityId: string | null) => actor !== undefined && can(actor, 'import', { type: 'pay', entityId });
  const scopes = [
    ...(importable(null) ? [{ value: '', label: t('ui.pay-data.entity-organisation') }] : []),
    ...(entities.data ?? []).filter((e) => importable(e.id)).map((e) => ({ value: e.id, label: e.name })),
  ];
  const mayImport = periods.data?.canImport === true && scopes.length > 0;
  const scope = scopes.some((s) => s.value === entity) ? entity : (scopes[0]?.value ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file === null) return;
    setResult(null);
    setDeleted(null);
    upload.mutate(
      { period: period.trim(), file, partial, threshold: Number(threshold), ...(referenceDate !== '' ? { referenceDate } : {}), ...(scope !== '' ? { entity: scope } : {}) },
      { onSuccess: setResult },
    );
  };
  const drop = (id: string) => {
    if (!window.confirm(t('ui.pay-data.confirm-delete', { period: id }))) return;
    setResult(null);
    remove.mutate(id, { onSuccess: (gone) => setDeleted(t('ui.pay-data.deleted', { period: gone.id, records: gone.counts.records })) });
  };
  const summary = (r: PayImportResult) => {
    const args = { period: r.period, imported: r.imported, rows: r.rows, rejected: r.rejectedRows, unclassified: r.unclassified };
    return r.committed ? t(r.replaced ? 'ui.pay-data.replaced' : 'ui.pay-data.imported', args) : t('ui.pay-data.refused', { rejected: r.rejectedRows });
  };

  return (
    <>
      <PageTitle title={t('ui.pay-data.title')}>{t('ui.pay-data.title')}</PageTitle>
      <p>{t('ui.pay-data.intro')}</p>
      <div role="status" aria-live="polite">
        {result !== null && <Alert tone={result.committed ? 'success' : 'error'}>{summary(result)}</Alert>}
        {deleted !== null && <Alert tone="success">{deleted}</Alert>}
      </div>
      {result !== null && result.errors.length > 0 && (
        <section aria-labelledby="pay-rejected" data-testid="pay-rejected">
          <h2 id="pay-rejected">{t('ui.pay-data.rejected')}</h2>
          <TableWrap label={t('ui.pay-data.rejected')}>
            <table className="wg-table">
              <thead>
                <tr>
                  <th scope="col">{t('ui.pay-data.line')}</th>
                  <th scope="col">{t('ui.pay-data.column')}</th>
                  <th scope="col">{t('ui.pay-data.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e, i) => (
                  <tr key={`${e.line}-${e.column ?? ''}-${i}`}>
                    <td>{e.line === 0 ? t('ui.pay-data.whole-file') : e.line}</td>
                    <td>{e.column ?? ''}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}
      {mayImport && (
        <>
          <h2>{t('ui.pay-data.upload')}</h2>
          <form onSubmit={submit} className="wg-form">
            <TextField label={t('ui.pay-data.period')} hint={t('ui.pay-data.period-hint')} required maxLength={40} pattern="[A-Za-z0-9][A-Za-z0-9._\-]*" value={period} onChange={(e) => setPeriod(e.target.value)} />
            <TextField label={t('ui.pay-data.reference-date')} hint={t('ui.pay-data.reference-date-hint')} type="date" value={referenceDate} onChange={(e) => setReferenceDate(e.target.value)} />
            {scopes.length > 1 && <SelectField label={t('ui.pay-data.entity')} options={scopes} value={scope} onChange={(e) => setEntity(e.target.value)} />}
            <TextField
              label={t('ui.pay-data.threshold')}
              hint={t('ui.pay-data.threshold-hint')}
              type="number"
              min={PAY_THRESHOLD_RANGE.min}
              max={PAY_THRESHOLD_RANGE.max}
              required
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
            <TextField label={t('ui.pay-data.file')} hint={t('ui.pay-data.file-hint')} type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            <div className="wg-field">
              <label>
                <input type="checkbox" checked={partial} onChange={(e) => setPartial(e.target.checked)} /> {t('ui.pay-data.partial')}
              </label>
            </div>
            {upload.error !== null && <ErrorMessage error={upload.error} />}
            <Button type="submit" disabled={upload.isPending || file === null}>
              {t('ui.pay-data.submit')}
            </Button>
          </form>
        </>
      )}
      <h2>{t('ui.pay-data.periods')}</h2>
      <QueryState query={periods}>
        {(list) =>
          list.periods.length === 0 ? (
            <p>{t('ui.pay-data.none')}</p>
          ) : (
            <TableWrap label={t('ui.pay-data.periods')}>
              <table className="wg-table" data-testid="pay-periods">
                <thead>
                  <tr>
                    <th scope="col">{t('ui.pay-data.period')}</th>
                    <th scope="col">{t('ui.pay-data.reference-date')}</th>
                    <th scope="col">{t('ui.pay-data.entity')}</th>
                    <th scope="col">{t('ui.pay-data.persons')}</th>
                    <th scope="col">{t('ui.pay-data.women-men')}</th>
                    <th scope="col">{t('ui.pay-data.unclassified')}</th>
                    <th scope="col">{t('ui.pay-data.threshold')}</th>
                    <th scope="col">{t('ui.pay-data.imported-by')}</th>
                    <th scope="col">{t('ui.pay-data.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.periods.map((p) => (
                    <tr key={p.id}>
                      <td>{p.id}</td>
                      <td>{i18n.date(p.referenceDate)}</td>
                      <td>{p.entityId === null ? t('ui.pay-data.entity-organisation') : (entities.data?.find((e) => e.id === p.entityId)?.name ?? p.entityId)}</td>
                      <td>{i18n.number(p.counts.records)}</td>
                      <td>
                        {i18n.number(p.counts.women)} / {i18n.number(p.counts.men)} / {i18n.number(p.counts.other)}
                      </td>
                      <td>{i18n.number(p.counts.unclassified)}</td>
                      <td>{p.threshold}</td>
                      <td>{t('ui.pay-data.imported-at', { when: i18n.dateTime(p.importedAt), who: p.importedByName ?? p.importedBy })}</td>
                      <td>
                        {p.abilities.delete && (
                          <Button variant="secondary" onClick={() => drop(p.id)} disabled={remove.isPending} aria-label={t('ui.pay-data.delete-one', { period: p.id })}>
                            {t('ui.pay-data.delete')}
                          </Button>
                        )}
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
    </>
  );
}

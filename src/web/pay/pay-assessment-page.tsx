import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AssessmentView } from '../../api/pay-follow-up.js';
import { followUpDeadline } from '../../domain/pay/follow-up.js';
import { PAY_REPORT_PATH } from '../admin/paths.js';
import { RequirePermission } from '../admin/admin-gate.js';
import { ApiError } from '../api/client.js';
import { useClosePayAssessment, useFillPayAssessment, usePayAssessment } from '../api/pay-follow-up-queries.js';
import { useFamilies } from '../api/queries.js';
import { type I18n, useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { TextArea, TextField } from '../ui/field.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import { FOLLOW_UP_ANCHOR, fieldErrorsOf, followUpCategoryLabel } from './pay-follow-up-section.js';
import { type Basis, euro, percent } from './pay-format.js';
import './pay-report.css';

/**
 * "Gezamenlijke beoordeling van de beloning" (/loontransparantie/beoordeling/:id, issue 16
 * item 5): the Art. 10(2) items of one file. (a)–(c) come from the recorded report (suppressed
 * as everywhere); the pay analyst fills (d)–(g) and closes the file. The server checks that
 * every item is filled; its refusal names the items, and the page shows it as it comes.
 */
export default function PayAssessmentPage() {
  const { t } = useI18n();
  return (
    <RequirePermission permission="follow-up-pay" forbiddenText={t('ui.pay-assessment.forbidden')}>
      <Assessment />
    </RequirePermission>
  );
}

function Assessment() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const query = usePayAssessment(id);
  return (
    <>
      <PageTitle title={t('ui.pay-assessment.title')}>{t('ui.pay-assessment.title')}</PageTitle>
      <QueryState query={query}>{(view) => <AssessmentBody key={view.id} view={view} />}</QueryState>
    </>
  );
}

/** The entered items (d)–(g) by the path the API names them with. */
const ITEMS = [
  { path: 'reasons', label: 'ui.pay-assessment.d' },
  { path: 'leave', label: 'ui.pay-assessment.e' },
  { path: 'measures', label: 'ui.pay-assessment.f' },
  { path: 'evaluation', label: 'ui.pay-assessment.g' },
] as const;

const itemOf = (path: string) => ITEMS.findIndex((i) => path === i.path || path.startsWith(`${i.path}.`));
const itemLabel = (i18n: I18n, path: string): string | undefined => {
  const item = ITEMS[itemOf(path)];
  return item === undefined ? undefined : i18n.t(item.label);
};
/** In the order of the directive's items, (d) to (g), whatever order the server names them in. */
const byItem = <T,>(list: readonly T[], path: (x: T) => string): T[] => [...list].sort((a, b) => itemOf(path(a)) - itemOf(path(b)));

function AssessmentBody({ view }: { view: AssessmentView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const families = useFamilies();
  const familyNames = Object.fromEntries((families.data ?? []).map((f) => [f.id, f.name]));
  const c = view.category;
  const heading = t('ui.pay-assessment.heading', { scope: c.scopeName, category: followUpCategoryLabel(i18n, familyNames, c) });
  return (
    <>
      <h2>{heading}</h2>
      <p>
        <Link
          to={`${PAY_REPORT_PATH}?${new URLSearchParams({ periode: view.period.id }).toString()}#${FOLLOW_UP_ANCHOR}`}
        >
          {t('ui.pay-assessment.back')}
        </Link>
      </p>
      <p className="wg-hint">{t('ui.pay-assessment.intro')}</p>
      <p>
        <strong>
          {t('ui.pay-assessment.opened', { date: i18n.date(view.openedOn), reportDate: i18n.date(view.reportDate) })}
        </strong>{' '}
        {view.closedOn !== null && (
          <strong>
            {t('ui.pay-assessment.closed', { date: i18n.date(view.closedOn), name: view.closedByName ?? '' })}
          </strong>
        )}
      </p>
      <p>
        {t('ui.pay-assessment.deadlines', {
          reportDate: i18n.date(view.reportDate),
          deadline: i18n.date(followUpDeadline(view.reportDate)),
        })}
        {view.closedOn === null && <> {t('ui.pay-assessment.open-note')}</>}
      </p>
      <Figures view={view} />
      {view.abilities.fill ? <EntriesForm view={view} /> : <Entries view={view} />}
    </>
  );
}

/** Items (a)–(c): shares, means and gaps from the recorded report. */
function Figures({ view }: { view: AssessmentView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = view.figures;
  const bases: Basis[] = ['annual', 'hourly'];
  const components = ['basic', 'variable', 'pay'] as const;
  // The rows read as in the Art. 7 answer: basic pay, complementary or variable, pay level.
  const rowLabel = { basic: 'ui.pay-request.row.basic', variable: 'ui.pay-request.row.variable', pay: 'ui.pay-request.row.total' } as const;
  return (
    <>
      <section aria-labelledby="pay-a">
        <h3 id="pay-a">{t('ui.pay-assessment.a')}</h3>
        <p>
          {t('ui.pay-assessment.col.women')}: {percent(i18n, f.shares.women)} · {t('ui.pay-assessment.col.men')}:{' '}
          {percent(i18n, f.shares.men)}
        </p>
        <p className="wg-hint">
          {f.counts === null ? t('ui.pay-assessment.counts-suppressed') : t('ui.pay-assessment.counts', f.counts)}
        </p>
      </section>
      <section aria-labelledby="pay-b">
        <h3 id="pay-b">{t('ui.pay-assessment.b')}</h3>
        <TableWrap label={t('ui.pay-assessment.b')}>
          <table className="wg-table wg-table--numbers">
            <thead>
              <tr>
                <th scope="col">{t('ui.pay-assessment.col.item')}</th>
                {bases.map((b) => (
                  <th key={`w-${b}`} scope="col">
                    {t('ui.pay-assessment.col.women')} ({t(`ui.pay-report.basis.${b}`)})
                  </th>
                ))}
                {bases.map((b) => (
                  <th key={`m-${b}`} scope="col">
                    {t('ui.pay-assessment.col.men')} ({t(`ui.pay-report.basis.${b}`)})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {components.map((k) => (
                <tr key={k}>
                  <th scope="row">{t(rowLabel[k])}</th>
                  {bases.map((b) => (
                    <td key={`w-${b}`}>{euro(i18n, f.means.women[k][b], b)}</td>
                  ))}
                  {bases.map((b) => (
                    <td key={`m-${b}`}>{euro(i18n, f.means.men[k][b], b)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
      <section aria-labelledby="pay-c">
        <h3 id="pay-c">{t('ui.pay-assessment.c')}</h3>
        <TableWrap label={t('ui.pay-assessment.c')}>
          <table className="wg-table wg-table--numbers" data-testid="pay-assessment-gaps">
            <thead>
              <tr>
                <th scope="col">{t('ui.pay-assessment.gap')}</th>
                {bases.map((b) => (
                  <th key={b} scope="col">
                    {t(`ui.pay-report.basis.${b}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {components.map((k) => (
                <tr key={k}>
                  <th scope="row">{t(rowLabel[k])}</th>
                  {bases.map((b) => (
                    <td key={b}>{percent(i18n, f.gaps[k][b])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </>
  );
}

/** A closed file (or one the caller may not fill): items (d)–(g) as entered. */
function Entries({ view }: { view: AssessmentView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const e = view.entries;
  const leave = [
    e.leave.women === null ? null : `${t('ui.pay-assessment.e-women')}: ${i18n.number(e.leave.women)}`,
    e.leave.men === null ? null : `${t('ui.pay-assessment.e-men')}: ${i18n.number(e.leave.men)}`,
    e.leave.note === '' ? null : e.leave.note,
  ].filter((x): x is string => x !== null);
  const rows: Array<[string, string]> = [
    [t('ui.pay-assessment.d'), e.reasons],
    [t('ui.pay-assessment.e'), leave.join(' · ')],
    [t('ui.pay-assessment.f'), e.measures],
    [t('ui.pay-assessment.g'), e.evaluation],
  ];
  return (
    <section aria-label={t('ui.pay-assessment.title')}>
      {view.closedOn !== null && <p className="wg-hint">{t('ui.pay-assessment.read-only')}</p>}
      <dl className="wg-pay-entries">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value === '' ? '–' : value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A share as typed: '' is no share (null), otherwise a percentage with a point or a comma. */
function parseShare(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** Items (d)–(g) of an open file: save what is typed; close saves first, then asks the server to close. */
function EntriesForm({ view }: { view: AssessmentView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const e = view.entries;
  const [reasons, setReasons] = useState(e.reasons);
  const [women, setWomen] = useState(e.leave.women === null ? '' : String(e.leave.women));
  const [men, setMen] = useState(e.leave.men === null ? '' : String(e.leave.men));
  const [note, setNote] = useState(e.leave.note);
  const [measures, setMeasures] = useState(e.measures);
  const [evaluation, setEvaluation] = useState(e.evaluation);
  const [done, setDone] = useState<string | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const fill = useFillPayAssessment(view.id);
  const close = useClosePayAssessment(view.id);
  const failed = close.error ?? fill.error;
  const errors = { ...fieldErrorsOf(failed), ...local };
  const closeRefusal = byItem(close.error instanceof ApiError && close.error.status === 422 ? (close.error.problem?.errors ?? []) : [], (f) => f.path);

  const body = () => {
    const w = parseShare(women);
    const m = parseShare(men);
    const wrong = {
      ...(w === undefined ? { 'leave.women': t('pay.follow-up.share-invalid') } : {}),
      ...(m === undefined ? { 'leave.men': t('pay.follow-up.share-invalid') } : {}),
    };
    setLocal(wrong);
    if (w === undefined || m === undefined) return undefined;
    return { reasons, leave: { women: w, men: m, note }, measures, evaluation };
  };
  const start = () => {
    setDone(null);
    fill.reset();
    close.reset();
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    start();
    const b = body();
    if (b !== undefined) fill.mutate(b, { onSuccess: () => setDone(t('ui.pay-assessment.saved')) });
  };
  const closeFile = async () => {
    start();
    const b = body();
    if (b === undefined) return;
    try {
      await fill.mutateAsync(b);
      await close.mutateAsync();
      setDone(t('ui.pay-assessment.closed-now'));
    } catch {
      // Shown from the mutations' errors below.
    }
  };
  const missing = byItem(view.missing, (p) => p).map((path) => itemLabel(i18n, path) ?? path);
  return (
    <form onSubmit={save} aria-label={t('ui.pay-assessment.title')} noValidate>
      <TextArea
        id="pay-reasons"
        label={t('ui.pay-assessment.d')}
        value={reasons}
        onChange={(x) => setReasons(x.target.value)}
        rows={4}
        error={errors.reasons}
      />
      <fieldset className="wg-fieldset" aria-describedby={errors.leave === undefined ? undefined : 'pay-leave-error'}>
        <legend>{t('ui.pay-assessment.e')}</legend>
        {errors.leave !== undefined && (
          <p id="pay-leave-error" className="wg-field-error">
            {errors.leave}
          </p>
        )}
        <div className="wg-pay-controls">
          <TextField
            id="pay-leave-women"
            inputMode="decimal"
            label={t('ui.pay-assessment.e-women')}
            value={women}
            onChange={(x) => setWomen(x.target.value)}
            error={errors['leave.women']}
          />
          <TextField
            id="pay-leave-men"
            inputMode="decimal"
            label={t('ui.pay-assessment.e-men')}
            value={men}
            onChange={(x) => setMen(x.target.value)}
            error={errors['leave.men']}
          />
        </div>
        <TextArea
          id="pay-leave-note"
          label={t('ui.pay-assessment.e-note')}
          value={note}
          onChange={(x) => setNote(x.target.value)}
          rows={2}
          error={errors['leave.note']}
        />
      </fieldset>
      <TextArea
        id="pay-measures"
        label={t('ui.pay-assessment.f')}
        value={measures}
        onChange={(x) => setMeasures(x.target.value)}
        rows={4}
        error={errors.measures}
      />
      <TextArea
        id="pay-evaluation"
        label={t('ui.pay-assessment.g')}
        value={evaluation}
        onChange={(x) => setEvaluation(x.target.value)}
        rows={3}
        error={errors.evaluation}
      />
      {missing.length > 0 && <p className="wg-hint">{t('ui.pay-assessment.missing', { items: missing.join('; ') })}</p>}
      <div className="wg-actions">
        <Button type="submit" disabled={fill.isPending || close.isPending}>
          {t('ui.pay-assessment.save')}
        </Button>
        <Button variant="secondary" disabled={fill.isPending || close.isPending} onClick={() => void closeFile()}>
          {t('ui.pay-assessment.close')}
        </Button>
      </div>
      {closeRefusal.length > 0 ? (
        <Alert tone="error" live title={t('ui.pay-assessment.refused')}>
          <ul>
            {closeRefusal.map((f, i) => (
              <li key={i}>
                <strong>{itemLabel(i18n, f.path) ?? f.path}: </strong>
                {f.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        failed !== null && <ErrorMessage error={failed} />
      )}
      {done !== null && (
        <Alert tone="success" live>
          {done}
        </Alert>
      )}
    </form>
  );
}

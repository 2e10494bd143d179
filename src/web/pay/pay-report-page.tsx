import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CategoryIndicatorsView, PayReportScopeView, PayReportView } from '../../api/pay-report.js';
import { PAY_REQUESTS_PATH } from '../admin/paths.js';
import { apiUrl } from '../api/client.js';
import { usePayPeriods, usePayReport } from '../api/pay-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermission } from '../shell/permissions.js';
import { SelectField } from '../ui/field.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { RadioGroup } from '../ui/radio-group.js';
import { TableWrap } from '../ui/table-wrap.js';
import { FOLLOW_UP_ANCHOR, PayFollowUpSection } from './pay-follow-up-section.js';
import { type Basis, categoryName as nameIn, euro, isNumber, percent } from './pay-format.js';
import './pay-report.css';

/** Colours told apart also without colour vision (blue and orange) and with ≥ 3:1 against white. */
const WOMEN = '#b35900';
const MEN = '#1f5fa8';
const FLAG = '#b0001f';

const categoryName = (view: PayReportView, key: string) => nameIn(view.familyNames, key);

/** The pay-transparency report (Art. 9): headline figures, three charts and the table per category. */
export default function PayReportPage() {
  const { t } = useI18n();
  const periods = usePayPeriods();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <PageTitle title={t('ui.pay-report.title')}>{t('ui.pay-report.title')}</PageTitle>
      <QueryState query={periods}>
        {(list) => {
          if (list.periods.length === 0) return <p>{t('ui.pay-report.no-periods')}</p>;
          const chosen = list.periods.find((p) => p.id === params.get('periode')) ?? list.periods[0]!;
          return (
            <>
              <SelectField
                id="pay-period"
                label={t('ui.pay-report.period')}
                value={chosen.id}
                onChange={(e) => setParams({ periode: e.target.value })}
                options={list.periods.map((p) => ({ value: p.id, label: p.id }))}
              />
              <ReportForPeriod period={chosen.id} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function ReportForPeriod({ period }: { period: string }) {
  const { t } = useI18n();
  const report = usePayReport(period);
  const answers = usePermission('answer-pay-requests');
  return (
    <>
      {answers === true && (
        <p>
          <Link to={PAY_REQUESTS_PATH}>{t('ui.pay-follow-up.to-requests')}</Link>
        </p>
      )}
      <QueryState query={report}>
        {(view) => (
          <>
            <ReportBody view={view} />
            <PayFollowUpSection period={view.period.id} familyNames={view.familyNames} />
          </>
        )}
      </QueryState>
    </>
  );
}

function ReportBody({ view }: { view: PayReportView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const scopes = [...(view.organisation === null ? [] : [view.organisation]), ...view.entities];
  const [scopeIndex, setScopeIndex] = useState(0);
  const [basis, setBasis] = useState<Basis>('annual');
  const [grain, setGrain] = useState<'class' | 'family-class'>('class');
  const followsUp = usePermission('follow-up-pay');
  const scope = scopes[Math.min(scopeIndex, scopes.length - 1)];
  if (scope === undefined) return <p>{t('ui.pay-report.empty')}</p>;
  const categories = grain === 'class' ? scope.byClass.categories : scope.byFamilyClass;
  const flagged = categories.filter((c) => c.flagged === true);
  return (
    <>
      <p className="wg-hint">{t('ui.pay-report.intro', { date: i18n.date(view.period.referenceDate), threshold: view.threshold, limit: view.flagLimit })}</p>
      <div className="wg-pay-controls">
        <SelectField
          id="pay-scope"
          label={t('ui.pay-report.scope')}
          value={String(scopeIndex)}
          onChange={(e) => setScopeIndex(Number(e.target.value))}
          options={scopes.map((s, i) => ({ value: String(i), label: s.name }))}
        />
        <RadioGroup
          name="pay-basis"
          legend={t('ui.pay-report.basis')}
          value={basis}
          onChange={(v) => setBasis(v as Basis)}
          choices={[
            { value: 'annual', label: t('ui.pay-report.basis.annual') },
            { value: 'hourly', label: t('ui.pay-report.basis.hourly') },
          ]}
        />
        <RadioGroup
          name="pay-grain"
          legend={t('ui.pay-report.grain')}
          value={grain}
          onChange={(v) => setGrain(v as 'class' | 'family-class')}
          choices={[
            { value: 'class', label: t('ui.pay-report.grain.class') },
            { value: 'family-class', label: t('ui.pay-report.grain.family-class') },
          ]}
        />
      </div>
      {view.abilities.export && (
        <p className="wg-pay-exports">
          {t('ui.pay-report.export')}{' '}
          {(['pdf', 'xlsx', 'csv'] as const).map((format) => (
            <a key={format} href={apiUrl('payReportExport', { period: view.period.id }, { format })} download>
              {t(`ui.pay-report.export.${format}`)}
            </a>
          ))}
        </p>
      )}
      <Headline scope={scope} basis={basis} />
      {flagged.length > 0 ? (
        <div className="wg-alert wg-alert--warning" role="status">
          {t('ui.pay-report.flagged-summary', { count: flagged.length, limit: view.flagLimit, list: flagged.map((c) => categoryName(view, c.category)).join(', ') })}
          {followsUp === true && (
            <>
              {' '}
              <a href={`#${FOLLOW_UP_ANCHOR}`}>{t('ui.pay-follow-up.to-section')}</a>
            </>
          )}
        </div>
      ) : (
        <p>{t('ui.pay-report.none-flagged', { limit: view.flagLimit })}</p>
      )}
      {scope.entityId === null && view.adjusted !== null && <Adjusted view={view} />}
      <PayByCategory view={view} categories={categories} basis={basis} />
      <GapByCategory view={view} categories={categories} basis={basis} />
      <Quartiles scope={scope} />
      <CategoryTable view={view} categories={categories} basis={basis} />
      {scope.byClass.unclassified.total > 0 && <p className="wg-hint">{t('ui.pay-report.unclassified', { count: scope.byClass.unclassified.total })}</p>}
    </>
  );
}

function Headline({ scope, basis }: { scope: PayReportScopeView; basis: Basis }) {
  const i18n = useI18n();
  const { t } = i18n;
  const i = scope.byClass;
  const items: Array<[string, string]> = [
    [t('ui.pay-report.persons'), t('ui.pay-report.persons-value', { women: i.counts.women, men: i.counts.men, total: i.counts.total })],
    [t('ui.pay-report.indicator.mean-gap'), percent(i18n, i.meanGap[basis])],
    [t('ui.pay-report.indicator.median-gap'), percent(i18n, i.medianGap[basis])],
    [t('ui.pay-report.indicator.variable-mean-gap'), percent(i18n, i.variableMeanGap[basis])],
    [t('ui.pay-report.indicator.variable-median-gap'), percent(i18n, i.variableMedianGap[basis])],
    [t('ui.pay-report.indicator.variable-share'), `${t('ui.pay-report.sex.women')} ${percent(i18n, i.variableShare.women)} · ${t('ui.pay-report.sex.men')} ${percent(i18n, i.variableShare.men)}`],
  ];
  return (
    <section aria-labelledby="pay-headline">
      <h2 id="pay-headline">{t('ui.pay-report.headline', { scope: scope.name })}</h2>
      <dl className="wg-pay-figures">
        {items.map(([label, value]) => (
          <div key={label} className="wg-card">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Adjusted({ view }: { view: PayReportView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const a = view.adjusted!;
  return (
    <section aria-labelledby="pay-adjusted">
      <h2 id="pay-adjusted">{t('ui.pay-report.adjusted.title')}</h2>
      {a.ok ? (
        <p>
          {t(a.significant ? 'ui.pay-report.adjusted.significant' : 'ui.pay-report.adjusted.not-significant', {
            gap: percent(i18n, Math.abs(a.gap)),
            direction: t(a.gap < 0 ? 'ui.pay-report.adjusted.less' : 'ui.pay-report.adjusted.more'),
            p: new Intl.NumberFormat(i18n.tag, { maximumSignificantDigits: 2 }).format(a.pValue),
            n: a.n,
          })}
        </p>
      ) : (
        <p>{t('ui.pay-report.adjusted.none', { n: a.n, reason: t(`ui.pay-report.adjusted.reason.${a.reason}` as 'ui.pay-report.adjusted.reason.too-few-persons') })}</p>
      )}
    </section>
  );
}

/** Chart: the mean pay level of women and of men per category; a suppressed category has no bars. */
function PayByCategory({ view, categories, basis }: { view: PayReportView; categories: readonly CategoryIndicatorsView[]; basis: Basis }) {
  const i18n = useI18n();
  const { t } = i18n;
  const data = categories.map((c) => ({
    name: categoryName(view, c.category),
    women: isNumber(c.means.women.pay[basis]) ? c.means.women.pay[basis] : null,
    men: isNumber(c.means.men.pay[basis]) ? c.means.men.pay[basis] : null,
  }));
  return (
    <section aria-labelledby="pay-chart-pay" className="wg-pay-chart">
      <h2 id="pay-chart-pay">{t('ui.pay-report.chart.pay-title', { basis: t(`ui.pay-report.basis.${basis}`) })}</h2>
      <p className="wg-hint">{t('ui.pay-report.chart.pay-hint')}</p>
      <div className="wg-pay-chart__plot" role="img" aria-label={t('ui.pay-report.chart.pay-title', { basis: t(`ui.pay-report.basis.${basis}`) })}>
        <ResponsiveContainer width="100%" height={Math.max(220, 36 * data.length + 80)}>
          <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={(v: number) => euro(i18n, v, basis)} />
            <YAxis type="category" dataKey="name" width={160} />
            <Tooltip formatter={(v) => euro(i18n, typeof v === 'number' ? v : null, basis)} />
            <Legend />
            <Bar dataKey="women" name={t('ui.pay-report.sex.women')} fill={WOMEN} isAnimationActive={false} />
            <Bar dataKey="men" name={t('ui.pay-report.sex.men')} fill={MEN} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}

/** Chart: the gap of the mean pay level per category with the ±5 % lines; flagged bars in red. */
function GapByCategory({ view, categories, basis }: { view: PayReportView; categories: readonly CategoryIndicatorsView[]; basis: Basis }) {
  const i18n = useI18n();
  const { t } = i18n;
  const data = categories.map((c) => ({ name: categoryName(view, c.category), gap: isNumber(c.payMeanGap[basis]) ? c.payMeanGap[basis] : null, flagged: c.flagged === true }));
  const values = data.flatMap((d) => (d.gap === null ? [] : [d.gap]));
  const reach = Math.ceil(Math.max(view.flagLimit + 1, ...values.map(Math.abs)));
  return (
    <section aria-labelledby="pay-chart-gap" className="wg-pay-chart">
      <h2 id="pay-chart-gap">{t('ui.pay-report.chart.gap-title', { basis: t(`ui.pay-report.basis.${basis}`) })}</h2>
      <p className="wg-hint">{t('ui.pay-report.chart.gap-hint', { limit: view.flagLimit })}</p>
      <div className="wg-pay-chart__plot" role="img" aria-label={t('ui.pay-report.chart.gap-title', { basis: t(`ui.pay-report.basis.${basis}`) })}>
        <ResponsiveContainer width="100%" height={Math.max(200, 30 * data.length + 70)}>
          <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[-reach, reach]} tickFormatter={(v: number) => `${v} %`} />
            <YAxis type="category" dataKey="name" width={160} />
            <Tooltip formatter={(v) => percent(i18n, typeof v === 'number' ? v : null)} />
            <ReferenceLine x={0} stroke="#000" />
            <ReferenceLine x={view.flagLimit} stroke={FLAG} strokeDasharray="4 3" label={{ value: `${view.flagLimit} %`, position: 'top', fill: FLAG }} />
            <ReferenceLine x={-view.flagLimit} stroke={FLAG} strokeDasharray="4 3" label={{ value: `−${view.flagLimit} %`, position: 'top', fill: FLAG }} />
            <Bar dataKey="gap" name={t('ui.pay-report.chart.gap-series')} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.name} fill={d.flagged ? FLAG : MEN} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}

/** Chart: the share of women and men in each quartile band of hourly pay (stacked to 100 %). */
function Quartiles({ scope }: { scope: PayReportScopeView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const data = scope.byClass.quartiles.map((q) => ({ name: `Q${q.band}`, women: isNumber(q.women) ? q.women : null, men: isNumber(q.men) ? q.men : null, count: q.count }));
  return (
    <section aria-labelledby="pay-quartiles" className="wg-pay-chart">
      <h2 id="pay-quartiles">{t('ui.pay-report.quartiles.title')}</h2>
      <p className="wg-hint">{t('ui.pay-report.quartiles.hint')}</p>
      <div className="wg-pay-chart__plot" role="img" aria-label={t('ui.pay-report.quartiles.title')}>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
            <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v} %`} />
            <YAxis type="category" dataKey="name" width={60} />
            <Tooltip formatter={(v) => percent(i18n, typeof v === 'number' ? v : null)} />
            <Legend />
            <Bar dataKey="women" stackId="q" name={t('ui.pay-report.sex.women')} fill={WOMEN} isAnimationActive={false} />
            <Bar dataKey="men" stackId="q" name={t('ui.pay-report.sex.men')} fill={MEN} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TableWrap label={t('ui.pay-report.quartiles.title')}>
        <table className="wg-table wg-table--numbers">
          <thead>
            <tr>
              <th scope="col">{t('ui.pay-report.quartiles.band')}</th>
              <th scope="col">{t('ui.pay-report.sex.women')}</th>
              <th scope="col">{t('ui.pay-report.sex.men')}</th>
              <th scope="col">{t('ui.pay-report.persons')}</th>
            </tr>
          </thead>
          <tbody>
            {scope.byClass.quartiles.map((q) => (
              <tr key={q.band}>
                <th scope="row">Q{q.band}</th>
                <td>{percent(i18n, q.women)}</td>
                <td>{percent(i18n, q.men)}</td>
                <td>{i18n.number(q.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

/** (g) per category: the figures behind both charts, for reading and for screen readers. */
function CategoryTable({ view, categories, basis }: { view: PayReportView; categories: readonly CategoryIndicatorsView[]; basis: Basis }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="pay-categories">
      <h2 id="pay-categories">{t('ui.pay-report.categories.table-title', { basis: t(`ui.pay-report.basis.${basis}`) })}</h2>
      <TableWrap label={t('ui.pay-report.categories.table-title', { basis: t(`ui.pay-report.basis.${basis}`) })}>
        <table className="wg-table wg-table--numbers" data-testid="pay-categories">
          <thead>
            <tr>
              <th scope="col">{t('ui.pay-report.xlsx.category')}</th>
              <th scope="col">{t('ui.pay-report.xlsx.women')}</th>
              <th scope="col">{t('ui.pay-report.xlsx.men')}</th>
              <th scope="col">{t('ui.pay-report.col.mean-women')}</th>
              <th scope="col">{t('ui.pay-report.col.mean-men')}</th>
              <th scope="col">{t('ui.pay-report.col.pay-gap')}</th>
              <th scope="col">{t('ui.pay-report.col.basic-gap')}</th>
              <th scope="col">{t('ui.pay-report.col.variable-gap')}</th>
              <th scope="col">{t('ui.pay-report.col.flag')}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.category} className={c.flagged === true ? 'wg-pay-flagged' : undefined}>
                <th scope="row">{categoryName(view, c.category)}</th>
                <td>{i18n.number(c.women)}</td>
                <td>{i18n.number(c.men)}</td>
                <td>{euro(i18n, c.means.women.pay[basis], basis)}</td>
                <td>{euro(i18n, c.means.men.pay[basis], basis)}</td>
                <td>{percent(i18n, c.payMeanGap[basis])}</td>
                <td>{percent(i18n, c.basicMeanGap[basis])}</td>
                <td>{percent(i18n, c.variableMeanGap[basis])}</td>
                <td>{c.flagged === null ? t('ui.pay-report.suppressed-short') : c.flagged ? t('ui.pay-report.flag.yes', { limit: view.flagLimit }) : t('ui.pay-report.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

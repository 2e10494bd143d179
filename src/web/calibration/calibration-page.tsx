import { useState } from 'react';
import { Link } from 'react-router';
import type { CalibrationFindingView, CalibrationView } from '../../api/calibration.js';
import { TEXT_LIMITS } from '../../api/values.js';
import { useCalibration, useJustifyFinding, useOpenCalibrationRevision } from '../api/calibration-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { TextArea } from '../ui/field.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';

const KINDS = ['same-values', 'similar-texts', 'outlier', 'deviation'] as const;
type Fubes = ReadonlyMap<string, CalibrationView['fubes'][number]>;

const percent = (share: number) => Math.round(share * 1000) / 10;

function FubeLine({ id, fubes, findingKey }: { id: string; fubes: Fubes; findingKey: string }) {
  const { t } = useI18n();
  const fube = fubes.get(id);
  const revise = useOpenCalibrationRevision();
  const [reason, setReason] = useState<string | null>(null);
  if (fube === undefined) return <li>{id}</li>;
  return (
    <li>
      <Link to={`/fubes/${encodeURIComponent(id)}`}>{fube.title}</Link> — {fube.entityName},{' '}
      {fube.class === null ? t('ui.calibration.no-class') : t('ui.calibration.class', { class: fube.class })}
      {fube.mayRevise && reason === null && (
        <>
          {' '}
          <Button variant="secondary" onClick={() => setReason(t('ui.calibration.revision-default-reason'))}>
            {t('ui.calibration.open-revision')}
          </Button>
        </>
      )}
      {reason !== null && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            revise.mutate({ key: findingKey, fubeId: id, baseRevision: fube.revision, reason }, { onSuccess: () => setReason(null) });
          }}
        >
          <TextArea label={t('ui.calibration.revision-reason')} value={reason} maxLength={TEXT_LIMITS.motivation} required onChange={(e) => setReason(e.target.value)} />
          <Button type="submit" disabled={revise.isPending || reason.trim() === ''}>
            {t('ui.calibration.open-revision')}
          </Button>{' '}
          <Button variant="secondary" onClick={() => setReason(null)}>
            {t('ui.calibration.cancel')}
          </Button>
          {revise.isError && <ErrorMessage error={revise.error} />}
        </form>
      )}
      {revise.isSuccess && <Alert tone="success" live>{t('ui.calibration.revision-opened', { title: fube.title })}</Alert>}
    </li>
  );
}

function Explanation({ finding, view }: { finding: CalibrationFindingView; view: CalibrationView }) {
  const { t } = useI18n();
  const d = finding.detail;
  const names = (familyId: string | undefined, ids: readonly string[]) => ids.map((id) => (familyId === undefined ? id : (view.criterionNames[familyId]?.[id] ?? id))).join(', ');
  const familyOf = (id: string | undefined) => view.fubes.find((f) => f.id === id)?.familyId;
  if (d.kind === 'same-values') {
    if (d.majorityClass === null) return <p>{t('ui.calibration.no-majority')}</p>;
    // Without a class held by more than half, the reference is the class the rule suggests (decision 0062).
    const total = d.classes.reduce((n, c) => n + c.ids.length, 0);
    const held = d.classes.find((c) => c.class === d.majorityClass)?.ids.length ?? 0;
    return <p>{held * 2 > total ? t('ui.calibration.majority', { class: d.majorityClass }) : t('ui.calibration.suggested-class', { class: d.majorityClass })}</p>;
  }
  if (d.kind === 'outlier') return <p>{t('ui.calibration.median', { class: d.class, median: d.medianClass })}</p>;
  if (d.kind === 'similar-texts') {
    const first = d.similar[0];
    if (first === undefined) return null;
    const family = familyOf(finding.subjects[0]);
    return (
      <p>
        {first.sameTitle ? `${t('ui.calibration.same-title')} ` : ''}
        {t('ui.calibration.similarity', { percent: Math.round(first.similarity * 100) })} {first.criteria.length > 0 ? `${t('ui.calibration.criteria-apart', { criteria: names(family, first.criteria) })} ` : ''}
        {first.classDiffers ? t('ui.calibration.class-differs') : ''}
      </p>
    );
  }
  const who = d.group === 'entity' ? t('ui.calibration.group.entity', { name: d.groupName }) : t('ui.calibration.group.adviser', { name: d.groupName });
  const metric = `ui.calibration.metric.${d.metric}-${d.direction}` as const;
  return (
    <p>
      {who} {t(metric, { share: percent(d.share), total: d.total, rest: percent(d.restShare) })}
    </p>
  );
}

function Justify({ finding }: { finding: CalibrationFindingView }) {
  const { t } = useI18n();
  const justify = useJustifyFinding();
  const [motivation, setMotivation] = useState<string | null>(null);
  if (motivation === null)
    return (
      <Button variant="secondary" onClick={() => setMotivation('')}>
        {t('ui.calibration.justify')}
      </Button>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        justify.mutate({ key: finding.key, motivation }, { onSuccess: () => setMotivation(null) });
      }}
    >
      <TextArea label={t('ui.calibration.motivation')} value={motivation} maxLength={TEXT_LIMITS.motivation} required onChange={(e) => setMotivation(e.target.value)} />
      <Button type="submit" disabled={justify.isPending}>
        {t('ui.calibration.save-justification')}
      </Button>{' '}
      <Button variant="secondary" onClick={() => setMotivation(null)}>
        {t('ui.calibration.cancel')}
      </Button>
      {justify.isError && <ErrorMessage error={justify.error} />}
    </form>
  );
}

/** How many FUBEs of a (c) finding are listed: the group's deviating decisions can be many. */
const MAX_LISTED = 10;

function Finding({ finding, view, fubes }: { finding: CalibrationFindingView; view: CalibrationView; fubes: Fubes }) {
  const { t, date } = useI18n();
  const compare = finding.compareIds.length >= 2 ? `/vergelijken?ids=${finding.compareIds.map(encodeURIComponent).join(',')}` : undefined;
  return (
    <article className="wg-card" aria-label={fubes.get(finding.subjects[0] ?? '')?.title ?? finding.key}>
      <Explanation finding={finding} view={view} />
      <h4>{t('ui.calibration.deviates')}</h4>
      <ul>
        {finding.subjects.slice(0, MAX_LISTED).map((id) => (
          <FubeLine key={id} id={id} fubes={fubes} findingKey={finding.key} />
        ))}
      </ul>
      {finding.references.length > 0 && (
        <>
          <h4>{t('ui.calibration.compared-with')}</h4>
          <ul>
            {finding.references.slice(0, MAX_LISTED).map((id) => (
              <FubeLine key={id} id={id} fubes={fubes} findingKey={finding.key} />
            ))}
          </ul>
        </>
      )}
      {finding.omitted > 0 && <p>{t('ui.calibration.omitted', { count: finding.omitted })}</p>}
      <p>
        {compare !== undefined && <Link to={compare}>{t('ui.calibration.compare')}</Link>}
      </p>
      {finding.justification !== null ? (
        <p>
          {t('ui.calibration.justified', { name: finding.justification.justifiedByName, date: date(finding.justification.justifiedAt.slice(0, 10)), motivation: finding.justification.motivation })}
        </p>
      ) : (
        view.abilities.justify && <Justify finding={finding} />
      )}
    </article>
  );
}

function Stats({ view }: { view: CalibrationView }) {
  const { t } = useI18n();
  const rows = [...view.stats].sort((a, b) => (a.group === 'organisation' ? -1 : b.group === 'organisation' ? 1 : a.group.localeCompare(b.group) || a.name.localeCompare(b.name)));
  const share = (n: number, of: number) => (of === 0 ? '–' : `${n} (${percent(n / of)} %)`);
  return (
    <table className="wg-table">
      <caption>{t('ui.calibration.stats')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ui.calibration.stats-group')}</th>
          <th scope="col">{t('ui.calibration.stats-decisions')}</th>
          <th scope="col">{t('ui.calibration.stats-overrides')}</th>
          <th scope="col">{t('ui.calibration.stats-ties')}</th>
          <th scope="col">{t('ui.calibration.stats-ties-up')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={`${s.group}:${s.groupId}`}>
            <th scope="row">
              {s.group === 'organisation' ? t('ui.calibration.organisation') : s.group === 'entity' ? t('ui.calibration.group.entity', { name: s.name }) : t('ui.calibration.group.adviser', { name: s.name })}
            </th>
            <td>{s.decisions}</td>
            <td>{share(s.overrides, s.decisions)}</td>
            <td>{s.ties}</td>
            <td>{share(s.tiesUp, s.ties)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Kalibratie": the findings over the FUBEs the caller may open, grouped by kind (issue 17 item 4). */
export default function CalibrationPage() {
  const { t } = useI18n();
  const calibration = useCalibration();
  const [showJustified, setShowJustified] = useState(false);
  return (
    <>
      <PageTitle title={t('ui.calibration.title')}>{t('ui.calibration.title')}</PageTitle>
      <p>{t('ui.calibration.intro')}</p>
      <QueryState query={calibration}>
        {(view) => {
          const fubes: Fubes = new Map(view.fubes.map((f) => [f.id, f]));
          const justified = view.findings.filter((f) => f.justification !== null).length;
          return (
            <>
              <p>{t('ui.calibration.looked-at', { count: view.looked, findings: view.findings.length, justified })}</p>
              <label>
                <input type="checkbox" checked={showJustified} onChange={(e) => setShowJustified(e.target.checked)} /> {t('ui.calibration.show-justified')}
              </label>
              {KINDS.map((kind) => {
                const list = view.findings.filter((f) => f.kind === kind && (showJustified || f.justification === null));
                return (
                  <section key={kind} aria-labelledby={`kalibratie-${kind}`}>
                    <h2 id={`kalibratie-${kind}`}>
                      {t(`ui.calibration.kind.${kind}`)} ({list.length})
                    </h2>
                    <p>{t(`ui.calibration.kind-help.${kind}`)}</p>
                    {list.length === 0 ? <p>{t('ui.calibration.none')}</p> : list.map((f) => <Finding key={f.key} finding={f} view={view} fubes={fubes} />)}
                  </section>
                );
              })}
              <Stats view={view} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

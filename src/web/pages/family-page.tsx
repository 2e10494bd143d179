import { Fragment, useMemo } from 'react';
import { EXCHANGE_ROUTES } from '../../api/values.js';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Criterion, Family } from '../../domain/family/schema.js';
import { checkFamilyWording } from '../../domain/checks/gender-neutral.js';
import { classLabel, familyClasses } from '../../domain/family/query.js';
import { useFamily } from '../api/queries.js';
import { LevelHeaders, ReconstructedMark, RgBadge, ValueTextView } from '../family/family-parts.js';
import { WordingFindings } from '../family/wording-findings.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { CollapsibleSection } from '../ui/collapsible.js';
import { TableWrap } from '../ui/table-wrap.js';

/** The family document: every section readable, the level/class columns as tables. */
export default function FamilyPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const versionParam = Number(params.get('version'));
  const family = useFamily(id, Number.isInteger(versionParam) && versionParam > 0 ? versionParam : undefined);
  return <QueryState query={family}>{(doc) => <FamilyDocument family={doc.family} status={doc.status} />}</QueryState>;
}

function CriterionRow({ family, criterion }: { family: Family; criterion: Criterion }) {
  const { t } = useI18n();
  const cells = [];
  for (let level = 1; level <= family.levels.length; level++) {
    const index = criterion.values.findIndex((v) => v.from === level);
    const value = criterion.values[index];
    if (value !== undefined) {
      const reconstructed = value.confidence === 'reconstructed';
      cells.push(
        <td key={level} colSpan={value.to - value.from + 1} className={reconstructed ? 'wg-cell--check' : undefined}>
          <strong>{t('ui.family.value', { n: index + 1 })}</strong>
          {value.rg && <RgBadge />}
          {reconstructed && <ReconstructedMark />}
          <br />
          <ValueTextView value={value} />
        </td>,
      );
      level = value.to;
    } else if (!criterion.values.some((v) => v.from <= level && v.to >= level)) {
      cells.push(<td key={level} />);
    }
  }
  return (
    <tr>
      <th scope="row">
        {criterion.name}
        {criterion.note !== undefined && <span className="wg-choice__meta">{criterion.note}</span>}
      </th>
      {cells}
    </tr>
  );
}

export function FamilyDocument({ family, status }: { family: Family; status: 'draft' | 'published' }) {
  const { t } = useI18n();
  const classes = familyClasses(family);
  const wording = useMemo(() => checkFamilyWording(family), [family]);
  const sections = [
    ['doel', t('ui.family.purpose')],
    ['niveaus', t('ui.family.levels')],
    ['resultaatgebieden', t('ui.family.result-areas')],
    ['criteria', t('ui.family.criteria')],
    ['vaktechnisch', t('ui.family.expertise')],
    ['competenties', t('ui.family.competencies')],
    ['formulering', t('ui.wording.heading')],
    ['bron', t('ui.family.source')],
  ] as const;
  return (
    <article>
      <PageTitle title={family.name}>{family.name}</PageTitle>
      <p>
        {t('ui.family.version', { version: family.version })} · {t(`ui.family.status.${status}`)}
      </p>
      <p>
        <Link to={`/families/${encodeURIComponent(family.id)}/weging`}>{t('ui.family.try-weighing')}</Link>
        <br />
        <Link to={`/families/${encodeURIComponent(family.id)}/nieuwe-fube`}>{t('ui.create.link')}</Link>
      </p>
      <p className="wg-actions">
        {(['docx', 'pdf'] as const).map((format) => (
          <a
            key={format}
            className="wg-button wg-button--secondary"
            href={`${EXCHANGE_ROUTES.familyDocument.replace('{id}', encodeURIComponent(family.id))}?format=${format}&version=${family.version}`}
            download
          >
            {t(`ui.document.${format}`)}
          </a>
        ))}
      </p>
      <nav aria-labelledby="family-contents">
        <h2 id="family-contents">{t('ui.family.contents')}</h2>
        <ul>
          {sections.map(([anchor, title]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <CollapsibleSection id="doel" title={t('ui.family.purpose')}>
        <p>
          {family.purpose.what} <strong>{t('ui.family.goal')}</strong> {family.purpose.goal}
        </p>
        {family.scopeNotes.length > 0 && (
          <>
            <h3>{t('ui.family.scope')}</h3>
            <ul>
              {family.scopeNotes.map((note, i) => (
                <li key={i} className="wg-pre">
                  {note}
                </li>
              ))}
            </ul>
          </>
        )}
      </CollapsibleSection>

      <CollapsibleSection id="niveaus" title={t('ui.family.levels')}>
        <TableWrap label={t('ui.family.levels.caption')}>
          <table className="wg-table">
            <caption>{t('ui.family.levels.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.col.level')}</th>
                <th scope="col">{t('ui.col.class')}</th>
              </tr>
            </thead>
            <tbody>
              {family.levels.map((l) => (
                <tr key={l.level}>
                  <th scope="row">{t('ui.family.level', { level: l.level })}</th>
                  <td>{classLabel(l.classes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </CollapsibleSection>

      <CollapsibleSection id="resultaatgebieden" title={t('ui.family.result-areas')}>
        {family.resultAreaContext !== undefined && <p className="wg-pre">{family.resultAreaContext}</p>}
        {family.resultAreas.map((area) => (
          <div className="wg-card" key={area.id}>
            <h3>{area.title}</h3>
            <p>
              {area.what} <strong>{t('ui.family.goal')}</strong> {area.goal}
            </p>
            {area.activities.length > 0 && (
              <>
                <p>
                  <strong>{t('ui.family.activities')}</strong>
                </p>
                <ul>
                  {area.activities.map((a, i) => (
                    <li key={i}>{a}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ))}
      </CollapsibleSection>

      <CollapsibleSection id="criteria" title={t('ui.family.criteria')}>
        <Alert tone="warning">
          <p>{t('ui.family.reconstructed-note')}</p>
        </Alert>
        <TableWrap label={t('ui.family.criteria')}>
          <table className="wg-table">
            <caption>{t('ui.family.criteria')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.family.criteria')}</th>
                <LevelHeaders family={family} />
              </tr>
            </thead>
            <tbody>
              {family.criteria.map((c) => (
                <CriterionRow key={c.id} family={family} criterion={c} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      </CollapsibleSection>

      <CollapsibleSection id="vaktechnisch" title={t('ui.family.expertise')}>
        <p className="wg-pre">{family.expertise.instruction}</p>
        <TableWrap label={t('ui.family.expertise')}>
          <table className="wg-table">
            <caption>{t('ui.family.expertise')}</caption>
            <thead>
              <tr>
                <td />
                <LevelHeaders family={family} />
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('ui.family.knowledge')}</th>
                {family.levels.map((l) => (
                  <td key={l.level} className="wg-pre">
                    {family.expertise.levels.find((e) => e.level === l.level)?.knowledge ?? ''}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('ui.family.education')}</th>
                {family.levels.map((l) => (
                  <td key={l.level} className="wg-pre">
                    {family.expertise.levels.find((e) => e.level === l.level)?.educationAndExperience ?? ''}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </TableWrap>
      </CollapsibleSection>

      <CollapsibleSection id="competenties" title={t('ui.family.competencies')}>
        <TableWrap label={t('ui.family.competencies.caption')}>
          <table className="wg-table">
            <caption>{t('ui.family.competencies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.family.competency')}</th>
                {classes.map((c) => (
                  <th scope="col" key={c} className="wg-num">
                    {t('ui.family.classes', { classes: c })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {family.competencies.map((comp) => (
                <tr key={comp.id} className={comp.confidence === 'reconstructed' ? 'wg-cell--check' : undefined}>
                  <th scope="row">
                    {comp.name}
                    {comp.confidence === 'reconstructed' && <ReconstructedMark />}
                  </th>
                  {classes.map((c) => {
                    const level = comp.required[String(c)];
                    return (
                      <td key={c} className="wg-num">
                        {level === undefined ? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="wg-visually-hidden">{t('ui.family.not-required')}</span>
                          </>
                        ) : (
                          level
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        {family.competencies.map((comp) => (
          <details key={comp.id} className="wg-card">
            <summary>
              <strong>{comp.name}</strong>
            </summary>
            <p className="wg-pre">{comp.definition}</p>
            <h3>{t('ui.family.competency-levels', { name: comp.name })}</h3>
            <dl className="wg-dl">
              {comp.levels.map((l) => (
                <Fragment key={l.level}>
                  <dt>{t('ui.family.level', { level: l.level })}</dt>
                  <dd className="wg-pre">{l.text}</dd>
                </Fragment>
              ))}
            </dl>
          </details>
        ))}
      </CollapsibleSection>

      <CollapsibleSection id="formulering" title={t('ui.wording.heading')}>
        <WordingFindings findings={wording} />
      </CollapsibleSection>

      <CollapsibleSection id="bron" title={t('ui.family.source')}>
        <p className="wg-pre">{family.source}</p>
      </CollapsibleSection>
    </article>
  );
}

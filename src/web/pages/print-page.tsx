import { useParams } from 'react-router';
import type { FubeView } from '../../api/fubes.js';
import type { Family } from '../../domain/family/schema.js';
import { useEntities, useFamily, useFube } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryState } from '../ui/query-state.js';
import { DocumentDownloads } from '../fube/document-downloads.js';

/** The FUBE as one readable document (print view, holder's view). */
export function FubeDocument({ view, family, headingLevel = 2 }: { view: FubeView; family: Family; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const entities = useEntities();
  const content = view.content;
  const entity = entities.data?.find((e) => e.id === content.entityId);
  const unit = entity?.units.find((u) => u.id === content.unitId);
  const decision = content.decision;
  // A function outside the families shows the separate method's outcome, never the family's
  // level, class or competencies (DOMAIN.md §5.7); before validation nothing reads as decided.
  const separate = content.unassignable;
  const draft = view.state === 'draft' || view.state === 'proposed';
  return (
    <div>
      {draft && (
        <p className="wg-draft-marking" role="note">
          <strong>{t('ui.print.draft-marking')}</strong>
        </p>
      )}
      <p>
        {t('ui.print.entity', { entity: [entity?.name ?? content.entityId, unit?.name].filter(Boolean).join(' – ') })}
        <br />
        {separate === undefined ? t('ui.fube.family-version', { name: family.name, version: family.version }) : t('ui.print.outside-families')}
        <br />
        {t('ui.fube.revision', { revision: view.revision })}
      </p>
      {separate !== undefined && (
        <p>
          <strong>{t('ui.unassignable.current', { class: separate.class, method: separate.method, motivation: separate.motivation })}</strong>
        </p>
      )}
      {separate === undefined && decision !== undefined && (
        <p>
          <strong>{t('ui.print.decision', { class: decision.class, level: decision.level })}</strong>
          {decision.motivation !== undefined && (
            <>
              <br />
              {t('ui.print.motivation', { motivation: decision.motivation })}
            </>
          )}
        </p>
      )}
      <H>{t('ui.step.purpose')}</H>
      <p>
        {content.purpose.what} <strong>{t('ui.family.goal')}</strong> {content.purpose.goal}
      </p>
      <H>{t('ui.step.result-areas')}</H>
      {content.resultAreas.map((area, i) => (
        <div key={i} className="wg-card">
          <Sub>{t('ui.ra.number', { n: i + 1, title: area.title })}</Sub>
          <p>
            {area.what} <strong>{t('ui.family.goal')}</strong> {area.goal}
          </p>
          {area.activities.length > 0 && (
            <ul>
              {area.activities.map((a, j) => (
                <li key={j}>{a}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <H>{t('ui.print.specific')}</H>
      <p className="wg-pre">{content.specificKnowledge}</p>
      {separate === undefined && view.profile !== null && (
        <>
          <H>{t('ui.step.profile')}</H>
          <Sub>{t('ui.family.knowledge')}</Sub>
          <p className="wg-pre">{view.profile.expertise.knowledge}</p>
          <Sub>{t('ui.family.education')}</Sub>
          <p className="wg-pre">{view.profile.expertise.educationAndExperience}</p>
          <Sub>{t('ui.family.competencies')}</Sub>
          <ul>
            {view.profile.competencies.map((c) => (
              <li key={c.competencyId}>
                <strong>{c.name}</strong> · {t('ui.profile.required', { level: c.requiredLevel })}
                <br />
                <span className="wg-pre">{c.levelText}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export default function PrintPage() {
  const { id = '' } = useParams();
  const fube = useFube(id);
  const { t } = useI18n();
  return <QueryState query={fube} heading={t('ui.fube.unavailable')}>{(view) => <PrintWithFamily view={view} />}</QueryState>;
}

function PrintWithFamily({ view }: { view: FubeView }) {
  const { t } = useI18n();
  const family = useFamily(view.content.familyId, view.content.familyVersion);
  const title = t('ui.print.title', { title: view.content.title });
  return (
    <>
      <PageTitle title={title}>{view.content.title}</PageTitle>
      <div className="wg-actions">
        <Button onClick={() => window.print()}>{t('ui.print.button')}</Button>
        <DocumentDownloads id={view.id} holderVersion={view.abilities.workingNotes && view.state !== 'final'} />
      </div>
      <QueryState query={family}>{(doc) => <FubeDocument view={view} family={doc.family} />}</QueryState>
    </>
  );
}

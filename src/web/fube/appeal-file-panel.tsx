import type { AppealFile, FubeView } from '../../api/fubes.js';
import { useAppealFiles, useFamilies } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorMessage } from '../ui/query-state.js';

/** One appeal as its file shows it: who, what, when and how it came in, and the decision with its motivation. */
export function AppealFileEntry({ appeal, nameOf }: { appeal: AppealFile; nameOf: (id: string) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const decision = appeal.decision;
  const families = useFamilies();
  return (
    <article className="wg-card" aria-label={t('ui.appeal-file.appeal', { id: appeal.id, names: appeal.appellantIds.map(nameOf).join(', ') })}>
      <h4>{t('ui.appeal-file.appeal', { id: appeal.id, names: appeal.appellantIds.map(nameOf).join(', ') })}</h4>
      <p>
        {t('ui.appeal-file.received', {
          date: i18n.date(appeal.receivedOn),
          channel: t(`ui.appeal-file.channel.${appeal.channel}`),
          late: appeal.late ? t('ui.appeal-file.late') : '',
        })}
      </p>
      <p>{t('ui.appeal-file.grounds', { grounds: appeal.grounds.map((g) => t(`ui.appeal-file.ground.${g}`)).join(', ') })}</p>
      <p className="wg-pre">{appeal.motivation}</p>
      {appeal.attachments.length > 0 && <p>{t('ui.appeal-file.attachments', { names: appeal.attachments.join(', ') })}</p>}
      {decision === null ? (
        <p>{t('ui.appeal-file.meets-by', { date: i18n.date(appeal.committeeMeetsBy) })}</p>
      ) : (
        <section>
          <h5>{t(`ui.appeal-file.outcome.${decision.outcome}`)}</h5>
          {decision.outcome === 'upheld' && decision.familyId !== undefined && decision.familyId !== appeal.contested?.familyId && (
            <p>{t('ui.appeal-file.new-family', { family: families.data?.find((f) => f.id === decision.familyId)?.name ?? decision.familyId })}</p>
          )}
          {decision.outcome === 'upheld' && decision.class !== undefined && <p>{t('ui.appeal-file.new-class', { class: decision.class })}</p>}
          <p className="wg-pre">{decision.motivation}</p>
          {decision.hearingOn !== null && <p>{t('ui.appeal-file.hearing', { date: i18n.date(decision.hearingOn), heard: decision.heard.join(', ') })}</p>}
          {decision.committee.length > 0 && <p>{t('ui.appeal-file.committee', { names: decision.committee.map((m) => m.name).join(', ') })}</p>}
        </section>
      )}
    </article>
  );
}

/** The appeal file on the FUBE page: every appeal for the appeal committee and HR, a holder's own for the holder. */
export function AppealFilePanel({ view }: { view: FubeView }) {
  const { t } = useI18n();
  const hasAppeals = (view.workflow.appeals ?? []).length > 0;
  const files = useAppealFiles(view.id, view.abilities.appeals !== 'none' && hasAppeals);
  if (view.abilities.appeals === 'none' || !hasAppeals) return null;
  const nameOf = (id: string) => files.data?.people.find((p) => p.id === id)?.name ?? t('ui.person.unknown');
  return (
    <section aria-labelledby="appeal-file-title">
      <h3 id="appeal-file-title">{t('ui.appeal-file.title')}</h3>
      {files.error !== null && <ErrorMessage error={files.error} />}
      {files.data?.appeals.length === 0 && <p>{t('ui.appeal-file.none')}</p>}
      {files.data?.appeals.map((appeal) => <AppealFileEntry key={appeal.id} appeal={appeal} nameOf={nameOf} />)}
    </section>
  );
}

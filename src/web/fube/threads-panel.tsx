import { type FormEvent, useState } from 'react';
import type { FubeView, Thread } from '../../api/fubes.js';
import { useThreads, useTransition } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { TextArea } from '../ui/field.js';
import { ErrorMessage } from '../ui/query-state.js';

/** The answer form under one holder's thread, for HR of the entity and the named manager. */
function AnswerForm({ view, holderId }: { view: FubeView; holderId: string }) {
  const { t } = useI18n();
  const transition = useTransition(view.id);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    transition.mutate({ baseRevision: view.revision, action: { type: 'answer-remark', holderId, text } }, { onSuccess: () => setText('') });
  };
  return (
    <form onSubmit={submit} aria-label={t('ui.thread.answer')}>
      {transition.error !== null && <ErrorMessage error={transition.error} />}
      <TextArea label={t('ui.thread.answer')} value={text} onChange={(e) => setText(e.target.value)} />
      <Button type="submit" disabled={transition.isPending}>
        {t('ui.action.answer-remark')}
      </Button>
    </form>
  );
}

/**
 * The holders' remarks and talk requests with the answers, one thread per holder: every
 * thread for HR and the named manager (who answer here), a holder's own for the holder.
 */
export function ThreadsPanel({ view }: { view: FubeView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const threads = useThreads(view.id, view.abilities.threads !== 'none');
  if (view.abilities.threads === 'none') return null;
  const nameOf = (id: string) => threads.data?.people.find((p) => p.id === id)?.name ?? view.people.find((p) => p.id === id)?.name ?? t('ui.person.unknown');
  const canAnswer = view.abilities.actions.includes('answer-remark');
  const entryText = (thread: Thread, entry: Thread['entries'][number]) =>
    entry.kind === 'record-talk'
      ? t('ui.thread.record-talk', { date: i18n.date(entry.heldOn ?? entry.at.slice(0, 10)), name: nameOf(entry.authorId) })
      : t(`ui.thread.${entry.kind}`, { name: nameOf(entry.kind === 'remark' || entry.kind === 'request-talk' ? thread.holderId : entry.authorId) });
  return (
    <section aria-labelledby="threads-title">
      <h3 id="threads-title">{t('ui.thread.title')}</h3>
      {threads.error !== null && <ErrorMessage error={threads.error} />}
      {threads.data !== undefined && threads.data.threads.length === 0 && <p>{t('ui.thread.none')}</p>}
      {threads.data?.threads.map((thread) => (
        <article key={thread.holderId} className="wg-card" aria-label={t('ui.thread.of', { name: nameOf(thread.holderId) })}>
          <h4>
            {t('ui.thread.of', { name: nameOf(thread.holderId) })}
            {thread.openSince !== null && <> — {t('ui.thread.open')}</>}
            {thread.talk !== null && thread.talk.heldOn === null && <> — {t('ui.thread.talk-open')}</>}
          </h4>
          <ol>
            {thread.entries.map((entry, i) => (
              <li key={i}>
                <strong>{entryText(thread, entry)}</strong> <span>({i18n.dateTime(entry.at)})</span>
                {entry.text !== '' && <p>{entry.text}</p>}
              </li>
            ))}
          </ol>
          {canAnswer && threads.data?.canAnswer === true && <AnswerForm view={view} holderId={thread.holderId} />}
        </article>
      ))}
    </section>
  );
}

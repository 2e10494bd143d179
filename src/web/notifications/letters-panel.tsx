import { type FormEvent, useState } from 'react';
import { apiUrl } from '../api/client.js';
import { useAcknowledgeLetter, useLetters, useRecordDelivery } from '../api/notification-queries.js';
import { SelectField, TextField } from '../ui/field.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { ErrorMessage } from '../ui/query-state.js';

/**
 * The letters of a FUBE the caller may read (a holder: their own), with Word and PDF and, for
 * the addressee, the acknowledgement of receipt (decision 0028). Nothing when there are none.
 */
/** HR's form: the date a letter sent by post or e-mail was received, and how. */
function DeliveryForm({ fubeId, letterId, label }: { fubeId: string; letterId: string; label: string }) {
  const { t } = useI18n();
  const record = useRecordDelivery(fubeId);
  const [receivedOn, setReceivedOn] = useState('');
  const [channel, setChannel] = useState<'letter' | 'e-mail'>('letter');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ letterId, receivedOn, channel });
  };
  return (
    <form onSubmit={submit} aria-label={`${t('ui.letters.record')}: ${label}`}>
      <TextField label={t('ui.letters.received-on')} type="date" required value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
      <SelectField
        label={t('ui.letters.channel')}
        value={channel}
        onChange={(e) => setChannel(e.target.value === 'e-mail' ? 'e-mail' : 'letter')}
        options={[
          { value: 'letter', label: t('ui.letters.channel.letter') },
          { value: 'e-mail', label: t('ui.letters.channel.e-mail') },
        ]}
      />
      <Button type="submit" variant="secondary" disabled={record.isPending}>
        {t('ui.letters.record')}
      </Button>
      {record.error !== null && <ErrorMessage error={record.error} />}
    </form>
  );
}

export function LettersPanel({ fubeId, headingLevel = 2 }: { fubeId: string; headingLevel?: 2 | 3 }) {
  const i18n = useI18n();
  const { t } = i18n;
  const letters = useLetters(fubeId);
  const acknowledge = useAcknowledgeLetter(fubeId);
  if (letters.data === undefined || letters.data.length === 0) return null;
  return (
    <section aria-labelledby="fube-letters">
      {headingLevel === 2 ? <h2 id="fube-letters">{t('ui.letters.title')}</h2> : <h3 id="fube-letters">{t('ui.letters.title')}</h3>}
      <ul className="wg-letters">
        {letters.data.map((letter) => (
          <li key={letter.id}>
            <p>
              <strong>{t(letter.kind === 'appeal-decision' ? 'ui.letters.kind.appeal-decision' : 'ui.letters.kind.notification')}</strong>{' '}
              {t('ui.letters.reference', { reference: letter.reference })} — {letter.holderName}{' '}
              {(['pdf', 'docx'] as const).map((format) => (
                <a key={format} className="wg-button wg-button--secondary" href={apiUrl('fubeLetterDocument', { id: fubeId, letterId: letter.id }, { format })} download>
                  {t(format === 'pdf' ? 'ui.letters.pdf' : 'ui.letters.docx')}
                </a>
              ))}
            </p>
            <p>
              {letter.receipt === null
                ? t('ui.letters.not-received')
                : letter.receipt.appealUntil !== null
                  ? t('ui.letters.received', { date: i18n.date(letter.receipt.receivedOn), until: i18n.date(letter.receipt.appealUntil) })
                  : t('ui.letters.received-on-date', { date: i18n.date(letter.receipt.receivedOn) })}
            </p>
            {letter.abilities.recordDelivery && <DeliveryForm fubeId={fubeId} letterId={letter.id} label={letter.holderName} />}
            {letter.abilities.acknowledge && (
              <Button onClick={() => acknowledge.mutate(letter.id)} disabled={acknowledge.isPending}>
                {t('ui.letters.acknowledge')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {acknowledge.error !== null && <ErrorMessage error={acknowledge.error} />}
    </section>
  );
}

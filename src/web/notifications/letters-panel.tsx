import { apiUrl } from '../api/client.js';
import { useAcknowledgeLetter, useLetters } from '../api/notification-queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { ErrorMessage } from '../ui/query-state.js';

/**
 * The letters of a FUBE the caller may read (a holder: their own), with Word and PDF and, for
 * the addressee, the acknowledgement of receipt (decision 0028). Nothing when there are none.
 */
export function LettersPanel({ fubeId }: { fubeId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const letters = useLetters(fubeId);
  const acknowledge = useAcknowledgeLetter(fubeId);
  if (letters.data === undefined || letters.data.length === 0) return null;
  return (
    <section aria-labelledby="holder-letters">
      <h2 id="holder-letters">{t('ui.letters.title')}</h2>
      <ul className="wg-letters">
        {letters.data.map((letter) => (
          <li key={letter.id}>
            <p>
              <strong>{t('ui.letters.reference', { reference: letter.reference })}</strong> — {letter.holderName}{' '}
              {(['pdf', 'docx'] as const).map((format) => (
                <a key={format} className="wg-button wg-button--secondary" href={apiUrl('fubeLetterDocument', { id: fubeId, letterId: letter.id }, { format })} download>
                  {t(format === 'pdf' ? 'ui.letters.pdf' : 'ui.letters.docx')}
                </a>
              ))}
            </p>
            <p>
              {letter.receipt !== null
                ? t('ui.letters.received', { date: i18n.date(letter.receipt.receivedOn), until: i18n.date(letter.receipt.appealUntil) })
                : t('ui.letters.not-received')}
            </p>
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

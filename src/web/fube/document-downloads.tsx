import { apiUrl } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * The FUBE as a Word or PDF file, built by the server (plain links: the browser downloads).
 * Who reads the working notes gets, before the FUBE is final, a second pair: the holders'
 * version without them (the one to hand to the holders).
 */
export function DocumentDownloads({ id, holderVersion = false }: { id: string; holderVersion?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {(['docx', 'pdf'] as const).map((format) => (
        <a key={format} className="wg-button wg-button--secondary" href={apiUrl('fubeDocument', { id }, { format })} download>
          {t(`ui.document.${format}`)}
        </a>
      ))}
      {holderVersion &&
        (['docx', 'pdf'] as const).map((format) => (
          <a key={`holder-${format}`} className="wg-button wg-button--secondary" href={apiUrl('fubeDocument', { id }, { format, audience: 'holder' })} download>
            {t(`ui.document.holder-${format}`)}
          </a>
        ))}
    </>
  );
}

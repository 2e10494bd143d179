import { apiUrl } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/** The FUBE as a Word or PDF file, built by the server (plain links: the browser downloads). */
export function DocumentDownloads({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <>
      {(['docx', 'pdf'] as const).map((format) => (
        <a key={format} className="wg-button wg-button--secondary" href={apiUrl('fubeDocument', { id }, { format })} download>
          {t(`ui.document.${format}`)}
        </a>
      ))}
    </>
  );
}

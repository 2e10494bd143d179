import { type ChangeEvent, type FormEvent, useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { FamilyValidation } from '../../api/families.js';
import { checkFamilyWording } from '../../domain/checks/gender-neutral.js';
import { loadFamilySource } from '../../domain/family/load.js';
import { useUploadFamily, useValidateFamily } from '../api/admin-queries.js';
import { useFamilies } from '../api/queries.js';
import { WordingFindings } from '../family/wording-findings.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { TextArea } from '../ui/field.js';
import { fieldLabel } from '../ui/field-label.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorMessage, QueryState } from '../ui/query-state.js';
import { TableWrap } from '../ui/table-wrap.js';
import { RequirePermission } from './admin-gate.js';
import { FamilyDocxImport } from './family-docx-import.js';
import { HISTORY_PATH, familyVersionsPath } from './paths.js';

const SOURCE_ID = 'familiebestand-tekst';

export default function FamilyAdminPage() {
  return (
    <RequirePermission permission="manage-families">
      <FamilyAdmin />
    </RequirePermission>
  );
}

/** The character range of a 1-based line in a text, to select it in the text area. */
function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end === -1 ? text.length : end];
}

function FamilyAdmin() {
  const i18n = useI18n();
  const { t } = i18n;
  const [source, setSource] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  // The verdict belongs to the text it was given for: an edit makes it stale.
  const [verdict, setVerdict] = useState<{ text: string; result: FamilyValidation } | null>(null);
  const validate = useValidateFamily();
  const upload = useUploadFamily();
  const navigate = useNavigate();
  const fileId = useId();
  const current = verdict !== null && verdict.text === source ? verdict.result : null;
  // A .json file is checked as strict JSON, as the server checks a .json file on disk.
  const json = fileName?.toLowerCase().endsWith('.json') === true;
  // Findings on the family as the browser parses it with the same domain loader as the server.
  const findings = useMemo(() => {
    if (current === null || !current.valid) return [];
    const loaded = loadFamilySource(source);
    return loaded.ok ? checkFamilyWording(loaded.value) : [];
  }, [current, source]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    setSource(await file.text());
    setFileName(file.name);
    setVerdict(null);
    upload.reset();
  };
  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    const text = source;
    upload.reset();
    validate.mutate({ text, json }, { onSuccess: (result) => setVerdict({ text, result }) });
  };
  const onSave = () =>
    upload.mutate({ text: source, json }, {
      onSuccess: (saved) => void navigate(`${familyVersionsPath(saved.id)}?bewaard=${saved.version}`),
    });
  const goToLine = (line: number) => {
    const area = document.getElementById(SOURCE_ID);
    if (!(area instanceof HTMLTextAreaElement)) return;
    const [start, end] = lineRange(area.value, line);
    area.focus();
    area.setSelectionRange(start, end);
    // Put the line near the top of the visible area.
    const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 24;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };

  return (
    <>
      <PageTitle title={t('ui.family-admin.title')}>{t('ui.family-admin.title')}</PageTitle>
      <p>{t('ui.family-admin.intro')}</p>
      <p>
        <Link to={`${HISTORY_PATH}?subjectType=family`}>{t('ui.family-admin.history-link')}</Link>
      </p>

      <section aria-labelledby="opladen">
        <h2 id="opladen">{t('ui.family-admin.upload')}</h2>
        <form onSubmit={onCheck} noValidate>
          <div className="wg-field">
            <label htmlFor={fileId}>{t('ui.family-admin.file')}</label>
            <span id={`${fileId}-hint`} className="wg-hint">
              {t('ui.family-admin.file-hint')}
            </span>
            <input id={fileId} type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml,text/plain" aria-describedby={`${fileId}-hint`} onChange={(e) => void onFile(e)} />
          </div>
          <TextArea
            id={SOURCE_ID}
            label={t('ui.family-admin.source')}
            hint={fileName === null ? t('ui.family-admin.source-hint') : t('ui.family-admin.source-from-file', { file: fileName })}
            value={source}
            rows={16}
            spellCheck={false}
            className="wg-textarea wg-code"
            onChange={(e) => setSource(e.target.value)}
          />
          <div className="wg-actions">
            <Button type="submit" disabled={validate.isPending || source.trim() === ''}>
              {t('ui.family-admin.check')}
            </Button>
          </div>
        </form>

        <div aria-live="polite">
          {validate.isPending && <p className="wg-hint">{t('ui.family-admin.checking')}</p>}
          {validate.error !== null && <ErrorMessage error={validate.error} />}
          {verdict !== null && current === null && <Alert tone="info">{t('ui.family-admin.changed')}</Alert>}
          {current !== null && !current.valid && (
            <Alert tone="error" title={t('ui.family-admin.invalid', { count: current.errors.length })}>
              <ul data-testid="family-errors">
                {current.errors.map((e, i) => (
                  <li key={i}>
                    {e.line !== undefined && (
                      <>
                        <strong>{e.column !== undefined ? t('ui.family-admin.at-line-column', { line: e.line, column: e.column }) : t('ui.family-admin.at-line', { line: e.line })}</strong>{' '}
                      </>
                    )}
                    {e.path === '' ? t('ui.family-admin.whole-file') : (fieldLabel(i18n, e.path) ?? t('ui.family-admin.whole-file'))}: {e.message}{' '}
                    {e.line !== undefined && (
                      <Button variant="link" onClick={() => goToLine(e.line ?? 1)}>
                        {t('ui.family-admin.go-to-line', { line: e.line })}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {current !== null && current.valid && current.family !== undefined && (
            <>
              <Alert tone="success" title={t('ui.family-admin.valid', { name: current.family.name, version: current.family.version })}>
                <p>{t('ui.family-admin.valid-next')}</p>
              </Alert>
              <h3>{t('ui.wording.heading')}</h3>
              <WordingFindings findings={findings} />
              {upload.error !== null && <ErrorMessage error={upload.error} />}
              <div className="wg-actions">
                <Button onClick={onSave} disabled={upload.isPending}>
                  {t('ui.family-admin.save', { version: current.family.version })}
                </Button>
              </div>
            </>
          )}
        </div>
      </section>

      <FamilyDocxImport />

      <FamilyList />
    </>
  );
}

function FamilyList() {
  const { t } = useI18n();
  const families = useFamilies();
  return (
    <section aria-labelledby="bestaande">
      <h2 id="bestaande">{t('ui.family-admin.existing')}</h2>
      <QueryState query={families}>
        {(list) => (
          <TableWrap label={t('ui.family-admin.existing')}>
            <table className="wg-table">
              <caption>{t('ui.family-admin.existing.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.col.family')}</th>
                  <th scope="col">{t('ui.family-admin.col.latest')}</th>
                  <th scope="col">{t('ui.col.state')}</th>
                  <th scope="col">{t('ui.family-admin.col.manage')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{f.name}</th>
                    <td>{t('ui.family.version', { version: f.version })}</td>
                    <td>{t(`ui.family.status.${f.status}`)}</td>
                    <td>
                      <Link to={familyVersionsPath(f.id)}>{t('ui.family-admin.versions-of', { name: f.name })}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </QueryState>
    </section>
  );
}

import type { CatalogueFube } from './schema.js';

/**
 * The catalogue as CSV, one row per FUBE, for spreadsheets (docs/catalogue-format.md):
 * a fixed set of columns in a fixed order, RFC 4180 quoting, CRLF line ends, UTF-8 with a
 * byte order mark and `;` between fields by default, because Excel with Belgian settings
 * opens such a file correctly on a double click. CSV is for reading only; the JSON
 * catalogue is what imports.
 */
export interface CsvColumn {
  name: string;
  description: string;
  value(fube: CatalogueFube): string | number | null | undefined;
}

const list = (items: readonly string[]) => items.join('|');

export const csvColumns: readonly CsvColumn[] = [
  { name: 'id', description: 'id van de FUBE', value: (f) => f.id },
  { name: 'titel', description: 'functietitel', value: (f) => f.content.title },
  { name: 'familie', description: 'id van de functiefamilie', value: (f) => f.content.familyId },
  { name: 'familieversie', description: 'versie van de functiefamilie', value: (f) => f.content.familyVersion },
  { name: 'entiteit', description: 'id van de entiteit', value: (f) => f.content.entityId },
  { name: 'afdeling', description: 'id van de afdeling of het team (leeg als er geen is)', value: (f) => f.content.unitId },
  { name: 'functiehouders', description: 'ids van de functiehouders, gescheiden door |', value: (f) => list(f.content.holderIds) },
  { name: 'leidinggevende', description: 'id van de leidinggevende', value: (f) => f.content.managerId },
  { name: 'status', description: 'status in de procedure (draft, proposed, validated, notified, appealed, appeal-decided, final, unassignable-decided)', value: (f) => f.workflow.status },
  { name: 'versie', description: 'huidige versie van de inhoud', value: (f) => f.revision },
  { name: 'geldende_versie', description: 'laatste definitieve versie (leeg als er geen is)', value: (f) => f.inForceRevision },
  { name: 'wegingsregel', description: 'id van de wegingsregel', value: (f) => f.content.weighing?.rule },
  { name: 'weging', description: 'gekozen waarde per criterium, als criterium=waarde gescheiden door |, in de volgorde van de weging', value: (f) => list(Object.entries(f.content.weighing?.values ?? {}).map(([id, v]) => `${id}=${v}`)) },
  { name: 'voorstel_niveau', description: 'voorgesteld functiefamilieniveau (wegingsregel)', value: (f) => f.content.weighing?.result?.level },
  { name: 'voorstel_klasse', description: 'voorgestelde functieklasse (wegingsregel)', value: (f) => f.content.weighing?.result?.class },
  { name: 'aandachtspunten', description: 'codes van de aandachtspunten van de weging, gescheiden door |', value: (f) => list(f.content.weighing?.result?.flags.map((flag) => flag.code) ?? []) },
  { name: 'beslist_niveau', description: 'beslist functiefamilieniveau', value: (f) => f.content.decision?.level },
  { name: 'beslist_klasse', description: 'beslist functieklasse', value: (f) => f.content.decision?.class },
  { name: 'gevalideerde_klasse', description: 'functieklasse van de validatie door de leidend ambtenaar', value: (f) => f.workflow.validation?.class },
  { name: 'geldende_klasse', description: 'functieklasse van de geldende versie', value: (f) => f.workflow.inForce?.class },
  { name: 'resultaatgebieden', description: 'aantal resultaatgebieden', value: (f) => f.content.resultAreas.length },
  { name: 'aangemaakt', description: 'aangemaakt op (ISO 8601)', value: (f) => f.createdAt },
  { name: 'gewijzigd', description: 'laatst gewijzigd op (ISO 8601)', value: (f) => f.updatedAt },
  // Added at the end, so the positions of the older columns stay as they were.
  { name: 'gelijke_stand_niveaus', description: 'bij een besliste gelijke stand: de even dicht liggende niveaus, gescheiden door |', value: (f) => list((f.content.tieDecision?.levels ?? []).map(String)) },
  { name: 'gelijke_stand_niveau', description: 'het niveau dat HR bij de gelijke stand koos', value: (f) => f.content.tieDecision?.level },
  { name: 'gelijke_stand_richting', description: 'up (een hoger niveau gekozen) of down (het laagste niveau behouden)', value: (f) => f.content.tieDecision?.direction },
  { name: 'gelijke_stand_door', description: 'id van de gebruiker die de gelijke stand besliste', value: (f) => f.content.tieDecision?.decidedBy },
];

export interface CsvOptions {
  /** `;` (default, Excel with Belgian settings) or `,`. */
  delimiter?: ';' | ',';
  /** The byte order mark tells Excel the file is UTF-8 (default true). */
  bom?: boolean;
}

/** A field quoted when it must be (RFC 4180), and defused when a spreadsheet would run it as a formula. */
export function csvField(value: string | number | null | undefined, delimiter: string = ';'): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // OWASP CSV injection: a text starting with = + - @ or a tab would be a formula in Excel.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(fubes: readonly CatalogueFube[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const rows = [
    csvColumns.map((c) => c.name).join(delimiter),
    ...fubes.map((fube) => csvColumns.map((c) => csvField(c.value(fube), delimiter)).join(delimiter)),
  ];
  return `${options.bom === false ? '' : '\uFEFF'}${rows.join('\r\n')}\r\n`;
}

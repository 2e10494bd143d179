import type { familyDocxNl } from './family-docx-nl.js';
import type { Translation } from './translation.js';

/** English texts of the family import from Word; the type keeps the keys in step with Dutch. */
export const familyDocxEn: Translation<typeof familyDocxNl> = {
  'docx.empty': 'the file is empty',
  'docx.too-large': 'the file is too large (more than {max} bytes)',
  'docx.not-zip': 'this is not a Word file (.docx): a .docx is a zip file, this file is not',
  'docx.old-word':
    'an old Word file (.doc) or a password-protected document is not read; save it in Word as .docx without a password',
  'docx.corrupt': 'the Word file is damaged or incomplete and cannot be read',
  'docx.unpacked-too-large':
    'a part of the Word file unpacks to more than {max} bytes; a family document is never that large',
  'docx.too-many-entries': 'the zip file holds more than {max} parts; a Word document is not built that way',
  'docx.no-document': 'the zip file has no word/document.xml: it is not a Word document',
  'docx.xml-invalid': 'the text of the Word document ({part}) is not valid XML: {reason}',
  'docx.layout-unknown':
    'no function family recognised: the document has no table of classification criteria (a header cell "Indelingscriteria")',
  'docx.section-missing': 'the part "{section}" is missing or empty; without it the family is not complete',
  'docx.no-levels':
    'no function classes found: the table of the technical competencies or of the competencies must have columns "Functieklasse 14", "Functieklasse 15/16", …',

  'docx.where.paragraph': 'paragraph {n}',
  'docx.where.cell': 'table {table}, row {row}, column {column} (paragraph {n})',
  'docx.where.row': 'table {table}, row {row}',

  'docx.read.layout:weegschaal':
    'family document of Weegschaal itself: "{name}", version {version}; the ids and the source note come from the document properties',
  'docx.read.layout:flemish': 'family document in the layout of the Flemish function families',
  'docx.read.name': 'name of the family: "{name}"',
  'docx.read.purpose': 'purpose of the family: what and "met als doel"',
  'docx.read.scope': '{count|# note|# notes} on the purpose',
  'docx.read.levels': '{count} levels with function classes {classes}',
  'docx.read.result-area': 'result area {number} "{title}": what, goal and {activities|# activity|# activities}',
  'docx.read.criterion':
    'criterion "{name}": {values|# value|# values}, every column span from the (merged) cells of the document',
  'docx.read.expertise': 'knowledge and education and experience for {count} levels',
  'docx.read.competency':
    'competency "{name}": {levels|# level|# levels}, the required level per function class from the (merged) cells',

  'docx.check.name-missing':
    'no family name found (no title before "Doel van de functiefamilie"); "{name}" was filled in: set the right name',
  'docx.check.ids-derived':
    'the ids of the family, the result areas, the criteria and the competencies are derived from their names; ids stay fixed across versions: choose them deliberately before publishing',
  'docx.check.ids-from-base':
    'the ids were taken from the existing family "{id}" where the name matches; {count|# name|# names} did not match and got a derived id: {names}',
  'docx.check.title-capitals': 'the title was in capitals and became "{title}": check abbreviations and proper names',
  'docx.check.goal-missing': 'result area "{title}": no "met als doel" found; the goal was left empty',
  'docx.check.purpose-ambiguous': '"met als doel" occurs more than once in the purpose; it was split at the first',
  'docx.check.span-gap':
    'criterion "{name}": the column of level {level} has no text; value {value} was extended over that column (reconstructed, to be checked)',
  'docx.check.column-stacked':
    'criterion "{name}": the column of level {level} has cells stacked without a merge; their texts were taken together as one value',
  'docx.check.extra-column': 'column "{header}" is not a level or function class and was not read',
  'docx.check.columns-differ':
    'this table has {found} columns, the previous part of the table {expected}: the columns were read in order',
  'docx.check.level-columns':
    'the table "{table}" has {found} level columns, the family {expected} levels; the columns after level {expected} were not read',
  'docx.check.mixed-join': 'value {value} of "{name}" mixes EN and OF; it was read as one text',
  'docx.check.partial-rg':
    'value {value} of "{name}": (RG) marks only some of the alternatives; the whole value was read as RG',
  'docx.check.competency-cell':
    'competency "{name}": the cell "{text}" is not of the form "2 = behavioural indicator" and was not read',
  'docx.check.competency-level-conflict':
    'competency "{name}": level {level} has two different texts; the first was taken',
  'docx.check.expertise-gap': '{what} of level {level} is missing; the text of level {from} was copied',
  'docx.check.instruction-missing': 'no instruction with the knowledge found; "{text}" was filled in',
  'docx.check.section-missing': 'the part "{section}" is not in the document',
  'docx.check.unread-row': 'this row was not read: "{text}"',
  'docx.check.metadata-unmatched':
    '"{name}" is not in the Weegschaal document properties (renamed or added in Word?); the id "{id}" was derived from the name',
  'docx.check.version-next':
    'family "{id}" exists already: the document was stored as version {version}, the next version',
};

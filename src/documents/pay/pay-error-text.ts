/**
 * A pay file error (src/domain/pay/record.ts, read-pay-file.ts) as one line of text in a
 * locale: where (line, column) and what, from the domain's message catalogue.
 */
import type { PayRecordError } from '../../domain/pay/index.js';
import { type Locale, renderMessage } from '../../domain/messages/index.js';

const WHERE: Readonly<Record<Locale, { file: string; line: string; column: string }>> = {
  nl: { file: 'bestand', line: 'regel', column: 'kolom' },
  en: { file: 'file', line: 'line', column: 'column' },
};

/** The catalogue key of an error: the code, or its variant (`pay.out-of-range:exclusive`). */
export function payErrorKey(error: PayRecordError): string {
  return error.code === 'pay.out-of-range' && error.params?.['exclusiveMin'] !== undefined ? 'pay.out-of-range:exclusive' : error.code;
}

/** The text of the error alone, without where it is. */
export function payErrorMessage(locale: Locale, error: PayRecordError): string {
  return renderMessage(locale, { key: payErrorKey(error), params: error.params ?? {} }) ?? error.code;
}

/** "regel 4, kolom fte: de waarde moet …"; line 0 is the file as a whole. */
export function payErrorText(locale: Locale, error: PayRecordError): string {
  const where = WHERE[locale];
  const place = error.line === 0 ? where.file : `${where.line} ${error.line}${error.column === null ? '' : `, ${where.column} ${error.column}`}`;
  return `${place}: ${payErrorMessage(locale, error)}`;
}

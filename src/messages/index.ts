import { type Catalogues, type FormatArgsOf, type MessageArgsIn, type RefArgsOf, catalogues as domainCatalogues, messageFunctions } from '../domain/messages/index.js';
import type { ParamValue, Placeholders } from '../domain/messages/translation.js';
import { labelsEn } from './labels-en.js';
import { labelsNl } from './labels-nl.js';
import { readableEn } from './readable-en.js';
import { readableNl } from './readable-nl.js';
import { procedureUiEn } from './procedure-en.js';
import { procedureUiNl } from './procedure-nl.js';
import { serverEn } from './server-en.js';
import { serverNl } from './server-nl.js';
import { uiEn } from './ui-en.js';
import { uiNl } from './ui-nl.js';
import { useCasesEn } from './use-cases-en.js';
import { useCasesNl } from './use-cases-nl.js';
import { tiesAppEn } from './ties-en.js';
import { tiesAppNl } from './ties-nl.js';
import { unassignableAppEn } from './unassignable-en.js';
import { unassignableAppNl } from './unassignable-nl.js';
import { compareAppEn } from './compare-en.js';
import { compareAppNl } from './compare-nl.js';
import { payReportEn } from './pay-report-en.js';
import { payReportNl } from './pay-report-nl.js';
import { payStoreEn } from './pay-store-en.js';
import { payStoreNl } from './pay-store-nl.js';
// Art. 10 follow-up and Art. 7 requests (issue 16 items 5, 6).
import { payFollowUpEn } from './pay-follow-up-en.js';
import { payFollowUpNl } from './pay-follow-up-nl.js';
// Calibration across entities (issue 17 item 4).
import { calibrationEn } from './calibration-en.js';
import { calibrationNl } from './calibration-nl.js';
// Old function descriptions in the web app (issue 17 items 3, 5).
import { legacyWebEn } from './legacy-en.js';
import { legacyWebNl } from './legacy-nl.js';

/**
 * The application's message catalogue: the domain's texts (src/domain/messages) and those of
 * the use cases (use-cases-*.ts), the HTTP API (server-*.ts) and the web UI (ui-*.ts). Each
 * part adds its own files here, typed with `Translation<typeof xNl>`, and spreads them in
 * below, so one `format` serves every text and one test checks that every locale is
 * complete. Adapters (server, web, CLI, documents, use cases) import from here; the domain
 * imports only its own catalogue.
 */
export const catalogues = {
  nl: { ...domainCatalogues.nl, ...useCasesNl, ...serverNl, ...uiNl, ...procedureUiNl, ...tiesAppNl, ...unassignableAppNl, ...labelsNl, ...readableNl, ...compareAppNl, ...payReportNl, ...payStoreNl, ...payFollowUpNl, ...calibrationNl, ...legacyWebNl },
  en: { ...domainCatalogues.en, ...useCasesEn, ...serverEn, ...uiEn, ...procedureUiEn, ...tiesAppEn, ...unassignableAppEn, ...labelsEn, ...readableEn, ...compareAppEn, ...payReportEn, ...payStoreEn, ...payFollowUpEn, ...calibrationEn, ...legacyWebEn },
} as const;

type AppTexts = typeof catalogues.nl;
const typed: Catalogues<AppTexts> = catalogues;
export type MessageKey = keyof AppTexts;
export type MessageParams<K extends MessageKey> = { readonly [P in Placeholders<AppTexts[K]>]: ParamValue };
export type FormatArgs<K extends MessageKey> = FormatArgsOf<AppTexts, K>;
export type MessageArgsOf<K extends MessageKey> = MessageArgsIn<AppTexts, K>;
export type RefArgs<K extends MessageKey> = RefArgsOf<AppTexts, K>;

export const { isMessageKey, format, ref, renderMessageArg, renderMessage, localizeError, catalogueError } = messageFunctions(typed);

export {
  type LocalizableError,
  type Locale,
  type MessageArg,
  type MessageArgs,
  type MessageRef,
  type ParamValue,
  type Translation,
  LOCALE_TAGS,
  interpolate,
  locales,
  placeholderNames,
} from '../domain/messages/index.js';

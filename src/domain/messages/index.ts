import { type Catalogues, type FormatArgsOf, type MessageArgsIn, type RefArgsOf, messageFunctions } from './catalogue.js';
import { en } from './en.js';
import { limitsEn } from './limits-en.js';
import { limitsNl } from './limits-nl.js';
import { nl } from './nl.js';
import { procedureEn } from './procedure-en.js';
import { procedureNl } from './procedure-nl.js';
import { robustnessEn } from './robustness-en.js';
import { robustnessNl } from './robustness-nl.js';
import { notificationsEn } from './notifications-en.js';
import { notificationsNl } from './notifications-nl.js';
import { partiesEn } from './parties-en.js';
import { partiesNl } from './parties-nl.js';
import { calendarEn } from './calendar-en.js';
import { calendarNl } from './calendar-nl.js';
import { alternativesEn } from './alternatives-en.js';
import { alternativesNl } from './alternatives-nl.js';
import { tiesEn } from './ties-en.js';
import { tiesNl } from './ties-nl.js';
import { unassignableEn } from './unassignable-en.js';
import { unassignableNl } from './unassignable-nl.js';
import { compareEn } from './compare-en.js';
import { compareNl } from './compare-nl.js';
import type { ParamValue, Placeholders } from './translation.js';
import { yamlEn } from './yaml-en.js';
import { yamlNl } from './yaml-nl.js';
import { payEn } from './pay-en.js';
import { payNl } from './pay-nl.js';
import { familyDocxEn } from './family-docx-en.js';
import { familyDocxNl } from './family-docx-nl.js';

/**
 * The domain's message catalogue: the texts of its rules (nl.ts / en.ts, parties-*.ts, limits-*.ts). The
 * domain returns codes and parameters (`MessageRef`, `DomainError.params`); adapters render
 * them in the caller's language through the application's catalogue (src/messages), which
 * adds the texts of the use cases, the HTTP API and the web UI to these.
 */
export const catalogues = {
  nl: { ...nl, ...partiesNl, ...limitsNl, ...robustnessNl, ...procedureNl, ...notificationsNl, ...calendarNl, ...alternativesNl, ...tiesNl, ...unassignableNl, ...yamlNl, ...compareNl, ...payNl, ...familyDocxNl },
  en: { ...en, ...partiesEn, ...limitsEn, ...robustnessEn, ...procedureEn, ...notificationsEn, ...calendarEn, ...alternativesEn, ...tiesEn, ...unassignableEn, ...yamlEn, ...compareEn, ...payEn, ...familyDocxEn },
} as const satisfies Catalogues<typeof nl & typeof partiesNl & typeof limitsNl & typeof robustnessNl & typeof procedureNl & typeof notificationsNl & typeof calendarNl & typeof alternativesNl & typeof tiesNl & typeof unassignableNl & typeof yamlNl & typeof compareNl & typeof payNl & typeof familyDocxNl>;

type DomainTexts = typeof catalogues.nl;
export type MessageKey = keyof DomainTexts;
export type MessageParams<K extends MessageKey> = { readonly [P in Placeholders<DomainTexts[K]>]: ParamValue };
export type FormatArgs<K extends MessageKey> = FormatArgsOf<DomainTexts, K>;
export type MessageArgsOf<K extends MessageKey> = MessageArgsIn<DomainTexts, K>;
export type RefArgs<K extends MessageKey> = RefArgsOf<DomainTexts, K>;

export const { isMessageKey, format, ref, renderMessageArg, renderMessage, localizeError, catalogueError } = messageFunctions(catalogues);

export {
  type Catalogues,
  type FormatArgsOf,
  type LocalizableError,
  type Locale,
  type MessageArg,
  type MessageArgs,
  type MessageArgsIn,
  type MessageRef,
  type RefArgsOf,
  LOCALE_TAGS,
  locales,
  messageFunctions,
} from './catalogue.js';
export { type ParamValue, type Translation, interpolate, placeholderNames } from './translation.js';

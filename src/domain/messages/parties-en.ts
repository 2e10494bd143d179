import type { partiesNl } from './parties-nl.js';
import type { Translation } from './translation.js';

export const partiesEn: Translation<typeof partiesNl> = {
  'parties.unknown-entity': "the entity '{id}' does not exist",
  'parties.unknown-unit': "the unit '{id}' does not exist",
  'parties.unit-elsewhere': "the unit '{id}' does not belong to the entity '{entity}'",
  'parties.unknown-person': "there is no person with id '{id}'",
  'parties.person-out-of-reach': "you may not name the person '{id}': they are outside your entity or unit",
  'parties.duplicate-holder': "the person '{id}' is listed twice among the holders",
};

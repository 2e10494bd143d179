/** Dutch texts of the checks on the places and people a write names (access/named-parties.ts). */
export const partiesNl = {
  'parties.unknown-entity': "de entiteit '{id}' bestaat niet",
  'parties.unknown-unit': "de afdeling '{id}' bestaat niet",
  'parties.unit-elsewhere': "de afdeling '{id}' hoort niet bij de entiteit '{entity}'",
  'parties.unknown-person': "er is geen persoon met id '{id}'",
  'parties.person-out-of-reach': "u mag de persoon '{id}' niet aanduiden: die valt buiten uw entiteit of afdeling",
  'parties.duplicate-holder': "de persoon '{id}' staat twee keer bij de functiehouders",
} as const;

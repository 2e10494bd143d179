/**
 * Dutch (nl-BE) texts produced by the domain: weighing errors, the weighing explanation,
 * competency-profile errors. The reference catalogue: every other locale must have exactly
 * these keys (en.ts), with the same placeholders (checked by messages.test.ts).
 *
 * Placeholders: `{name}` is replaced by a parameter; `{name|one|other}` picks `one` when the
 * parameter is 1 and `other` otherwise, with `#` standing for the number.
 */
export const nl = {
  // Weighing input
  'weighing.values-not-object':
    'de weging moet een object zijn met per criterium het nummer van de gekozen waarde',
  'weighing.missing-value': "geen waarde gekozen voor criterium '{name}' ({id})",
  'weighing.unknown-criterion': "'{id}' is geen criterium van de familie '{family}'",
  'weighing.value-out-of-range':
    "waarde {value} bestaat niet voor criterium '{name}' ({id}); kies een geheel getal van 1 tot en met {max}",
  'weighing.unknown-rule': "onbekende wegingsregel '{rule}'; beschikbaar: {known}",

  // Explanation of a weighing, in words a function holder can read
  'explain.suggestion.one-class':
    'Voorstel: functiefamilieniveau {level} van de familie {family}, functieklasse {class}.',
  'explain.suggestion.two-classes':
    'Voorstel: functiefamilieniveau {level} van de familie {family} (functieklassen {classes}), functieklasse {class}.',
  'explain.how':
    'Elke gekozen waarde beschrijft een of meer niveaus. Het voorgestelde niveau is het niveau waar de gekozen waarden samen het dichtst bij liggen: de ene helft van de waarden ligt niet hoger, de andere helft niet lager.',
  'explain.class.higher':
    'Dit niveau heeft twee functieklassen. {above|Geen enkel criterium ligt|# criterium ligt|# criteria liggen} hoger dan niveau {level} en {below|geen enkel|#|#} lager. Omdat meer criteria hoger dan lager liggen, wordt het de hoogste klasse: {class}.',
  'explain.class.lower':
    'Dit niveau heeft twee functieklassen. {above|Geen enkel criterium ligt|# criterium ligt|# criteria liggen} hoger dan niveau {level} en {below|geen enkel|#|#} lager. Omdat niet meer criteria hoger dan lager liggen, wordt het de laagste klasse: {class}.',
  'explain.criteria.title': 'Per criterium:',
  'explain.criterion':
    '- {criterion}: waarde {value} ("{text}"), {covers}; dat is {position}.',
  'explain.criterion.without-text': '- {criterion}: waarde {value}, {covers}; dat is {position}.',
  'explain.covers.one': 'hoort bij niveau {level} ({classCount|functieklasse|functieklassen} {classes})',
  'explain.covers.range': 'hoort bij de niveaus {from} tot en met {to} (functieklassen {classes})',
  'explain.position.on': 'op het voorgestelde niveau',
  'explain.position.above': 'hoger dan het voorgestelde niveau',
  'explain.position.below': 'lager dan het voorgestelde niveau',
  'explain.flags.title': 'Aandachtspunten:',
  'explain.flags.none': 'Geen aandachtspunten.',
  'explain.flag.spread':
    '- Grote spreiding: {criteria} {count|ligt|liggen} twee of meer niveaus van het voorgestelde niveau. Ga na of de gekozen {count|waarde|waarden} bij de functie {count|past|passen}.',
  'explain.flag.spread-rg':
    '- Ver van het voorgestelde niveau, als RG-waarde: {criteria} {count|ligt|liggen} twee of meer niveaus van het voorgestelde niveau. Dat kan kloppen (bijvoorbeeld hiërarchisch leidinggeven): het extra resultaatgebied van de functiebeschrijving moet het dragen.',
  'explain.flag.tie':
    '- Gelijke stand: de niveaus {levels} liggen even dicht bij de gekozen waarden. De regel kiest dan het laagste niveau. {count|Dit criterium reikt|Deze criteria reiken} tot boven niveau {level}: {criteria}.',
  'explain.flag.borderline':
    '- Grensgeval: er liggen evenveel criteria hoger als lager dan niveau {level} (elk {count}). De regel kiest dan de laagste klasse; bekijk of de hogere klasse beter past. Het gaat om {criteria}.',
  'explain.flag.reconstructed-span':
    '- Te controleren tegen het origineel: bij {criteria} is niet zeker welke niveaus de gekozen waarde dekt (de tabel van het brondocument is gereconstrueerd).',
  'explain.flag.rg-required':
    '- Resultaatgebied nodig: de functiebeschrijving moet een extra resultaatgebied bevatten voor {criterion}, waarde {value} ("{text}").',
  'explain.list.and': '{first} en {last}',
  'explain.ellipsis': '…',
  'explain.join.and': 'EN',
  'explain.join.or': 'OF',

  // Catalogue filter
  'catalogue.class-filter-invalid':
    "'{text}' is geen functieklasse: geef een klasse (bv. 15) of een niveau (bv. 15/16)",
  'catalogue.class-filter-not-a-level':
    "'{text}' is geen niveau van de functiefamilie; de niveaus met twee klassen zijn {levels}",

  // Competency profile
  'profile.unknown-class':
    "functieklasse {class} hoort niet bij de familie '{family}'; de familie heeft de functieklassen {classes}",
  'profile.missing-expertise':
    "de familie '{family}' beschrijft geen vaktechnische competenties voor niveau {level}",
  'profile.missing-competency-level':
    "competentie '{competency}' vraagt niveau {level} voor functieklasse {class}, maar dat niveau is niet beschreven",

  'weighing.unknown-rule:fube': "de wegingsregel '{rule}' bestaat niet",

  // FUBE rules (DOMAIN.md §4). A key `code:variant` is a second text for the same code.
  'fube.family-mismatch':
    "de FUBE is geschreven op familie '{familyId}' versie {familyVersion}, niet op '{expectedId}' versie {expectedVersion}",
  'fube.family-mismatch:content':
    "de inhoud verwijst naar familie '{familyId}' versie {familyVersion}, niet naar '{expectedId}' versie {expectedVersion}",
  'fube.title-missing': 'de functietitel ontbreekt',
  'fube.title-missing:empty': 'de functietitel mag niet leeg zijn',
  'fube.entity-missing': 'de entiteit ontbreekt',
  'fube.holders-missing': 'de FUBE heeft geen functiehouders',
  'fube.holder-empty': 'een functiehouder zonder id',
  'fube.holder-duplicate': "functiehouder '{id}' staat twee keer in de lijst",
  'fube.purpose-missing:what': 'het doel (wat) ontbreekt',
  'fube.purpose-missing:goal': 'het doel (met als doel) ontbreekt',
  'fube.purpose-missing:what-empty': 'het doel (wat) mag niet leeg zijn',
  'fube.purpose-missing:goal-empty': "het doel ('met als doel') mag niet leeg zijn",
  'fube.result-areas-missing': 'kies minstens één resultaatgebied',
  'fube.result-area-unknown': "'{id}' is geen resultaatgebied van de familie '{family}'",
  'fube.result-area-unknown:position': 'er is geen resultaatgebied op positie {position}',
  'fube.result-area-duplicate': "resultaatgebied '{title}' is twee keer gekozen",
  'fube.result-area-incomplete:title': 'het resultaatgebied heeft geen titel',
  'fube.result-area-incomplete:what': "resultaatgebied '{title}': 'wat' is leeg",
  'fube.result-area-incomplete:goal': "resultaatgebied '{title}': 'met als doel' is leeg",
  'fube.result-area-incomplete:field-empty': "'{field}' mag niet leeg zijn",
  'fube.result-area-incomplete:new-area': "'{field}' van het nieuwe resultaatgebied mag niet leeg zijn",
  'fube.field.title': 'titel',
  'fube.field.what': 'wat',
  'fube.field.goal': 'met als doel',
  'fube.activity-empty': 'een activiteit mag niet leeg zijn',
  'fube.rg-result-area-required':
    "resultaatgebied '{title}' is vereist door de RG-waarde {value} van het criterium '{criterion}'; kies een andere waarde voor dat criterium om het te laten vervallen",
  'fube.criterion-without-value': "het criterium '{criterion}' heeft geen waarde",
  'fube.criterion-value-unknown': "het criterium '{criterion}' heeft geen waarde {value} (1..{max})",
  'fube.rg-without-result-area': 'de RG-waarde {value} van \'{criterion}\' vraagt een extra resultaatgebied ("{text}")',
  'fube.criterion-unknown': "'{id}' is geen criterium van de familie '{family}'",
  'fube.rg-result-area-stale': "resultaatgebied '{title}' hoort bij een RG-waarde die niet (meer) gekozen is",
  'fube.weighing-not-computed': 'de weging is nog niet berekend',
  'fube.weighing-not-computed:choose-values': 'de weging is nog niet berekend: kies eerst een waarde voor elk criterium',
  'fube.weighing-stale': 'de weging is verouderd: bereken ze opnieuw met de gekozen waarden',
  'fube.specific-knowledge-missing': 'de functie- en entiteitsspecifieke kennis is niet ingevuld',
  'fube.decision-missing': 'het functiefamilieniveau en de functieklasse zijn nog niet beslist',
  'fube.competency-wording-unknown': "de familie heeft geen competentie '{competency}' met niveau {level}",
  'fube.competency-wording-empty': 'de eigen formulering van {competency} is leeg: laat ze weg om de tekst van de familie te tonen',
  'fube.competency-wording-twice': 'de competentie {competency} heeft op niveau {level} meer dan één eigen formulering',
  'fube.decision-missing:profile': 'het competentieprofiel volgt uit de functieklasse; die is nog niet beslist',
  'fube.decision-class-unknown': "functieklasse {class} hoort niet bij de familie '{family}'",
  'fube.decision-class-unknown:classes': "functieklasse {class} hoort niet bij de familie '{family}' ({classes})",
  'fube.decision-level-mismatch': 'functieklasse {class} hoort bij niveau {level}, niet bij niveau {chosen}',
  'fube.override-without-motivation':
    'de beslissing (klasse {class}) wijkt af van de suggestie (klasse {suggested}) en vraagt een motivering',
  'fube.override-without-motivation:no-weighing':
    'er is nog geen berekende weging; een klasse zonder weging vraagt een motivering',
  'fube.override-without-motivation:choice': 'klasse {class} wijkt af van de suggestie (klasse {suggested}); geef een motivering',

  // Family file rules (DOMAIN.md §2) and the structure check
  'level.numbering': 'niveaus moeten genummerd zijn 1..{count}; hier {expected} verwacht, {found} gevonden',
  'level.classes-order': 'functieklassen moeten oplopen zonder overlap; {class} volgt op {previous}',
  'id.duplicate': "{what} '{id}' komt twee keer voor (ook op {first})",
  'family.kind.resultAreas': 'resultaatgebied',
  'family.kind.criteria': 'criterium',
  'family.kind.competencies': 'competentie',
  'value.text': 'geef precies één van text en parts',
  'value.text:rg': 'een RG-waarde moet een tekst hebben (text of parts)',
  'value.range': "'to' ({to}) ligt voor 'from' ({from})",
  'value.range:level': 'niveau {to} bestaat niet; de familie heeft {count} niveaus',
  'value.contiguous:overlap': "overlapt met de vorige waarde: niveau {from} is al gedekt (verwacht 'from: {expected}')",
  'value.contiguous:gap': "laat niveau {levels} open (verwacht 'from: {expected}')",
  'value.coverage': 'de waarden dekken niveau {levels} niet',
  'expertise.numbering': 'verwacht niveau {expected}, {found} gevonden',
  'expertise.coverage': 'verwacht {count} niveaus (één per familieniveau), {found} gevonden',
  'competency.level-duplicate': 'niveau {level} komt twee keer voor',
  'competency.unknown-class': 'functieklasse {class} hoort niet bij deze familie ({classes})',
  'competency.unknown-level': "competentieniveau {level} is niet beschreven voor '{competency}' (beschreven: {defined})",
  'schema.issue': '{text}',
  'schema.unrecognized_keys': "onbekend veld '{key}'",
  'schema.invalid_key': 'ongeldige sleutel: {text}',
  'schema.required': 'is verplicht maar ontbreekt',
  'schema.kebab-case': 'moet kebab-case zijn (kleine letters, cijfers en koppeltekens)',
  'schema.text-empty': 'mag niet leeg zijn',
  'schema.class-key': 'moet een functieklasse (getal) zijn',
  'schema.date': 'moet een datum zijn (JJJJ-MM-DD)',
  'schema.fube-title-empty': 'de functietitel mag niet leeg zijn',
  'schema.remark-empty': 'de opmerking mag niet leeg zijn',
  'schema.appellants-missing': 'minstens één functiehouder stelt beroep in',
  'schema.motivation-empty': 'de motivering mag niet leeg zijn',
  // The syntax of a family file (src/domain/family/load.ts). A YAML parser's reason is its own
  // (English) text; a JSON reason is one of the json.* messages below.
  'syntax:json': 'ongeldige JSON: {reason}',
  'syntax:yaml': 'ongeldige YAML: {reason}',
  // Why a text is not strict JSON (src/domain/family/json-syntax.ts), with what was found.
  'json.expected': '{found}; {expected} verwacht',
  'json.after-value': '{found} na het einde van de JSON-waarde',
  'json.found.end': 'onverwacht einde van de tekst',
  'json.found.char': "onverwacht teken '{char}'",
  'json.expected.colon': "':'",
  'json.expected.comma-or-brace': "',' of '}'",
  'json.expected.comma-or-bracket': "',' of ']'",
  'json.expected.key': 'veldnaam tussen dubbele aanhalingstekens',
  'json.expected.value': 'waarde',
  'json.control-character': 'controleteken (bv. regeleinde) in een string',
  'json.unicode-escape': 'ongeldige \\u-escape',
  'json.escape': 'ongeldige escape in een string',
  'json.unterminated-string': 'string niet afgesloten (ontbrekend ")',

  // Workflow (DOMAIN.md §5): action and state names, and why a step is refused
  'workflow.action.propose': 'Voorstellen aan de functiehouders',
  'workflow.action.withdraw-proposal': 'Voorstel intrekken',
  'workflow.action.remark': 'Opmerking geven',
  'workflow.action.request-talk': 'Gesprek met leidinggevende vragen',
  'workflow.action.record-talk': 'Gesprek vastleggen',
  'workflow.action.validate': 'Valideren',
  'workflow.action.notify': 'Functiehouders in kennis stellen',
  'workflow.action.appeal': 'Beroep instellen',
  'workflow.action.decide-appeal': 'Uitspraak beroep vastleggen',
  'workflow.action.finalize': 'Definitief maken',
  'workflow.action.decide-unassignable': 'Niet-toewijsbare functie: klasse vastleggen',
  'workflow.action.revise': 'Nieuwe revisie starten',
  'workflow.status.draft': 'Ontwerp',
  'workflow.status.proposed': 'Voorgesteld',
  'workflow.status.validated': 'Gevalideerd',
  'workflow.status.notified': 'In kennis gesteld',
  'workflow.status.appealed': 'In beroep',
  'workflow.status.appeal-decided': 'Beroep beslist',
  'workflow.status.final': 'Definitief',
  // Deadlines of the process (workflow/deadlines.ts), by code
  'workflow.deadline.validation-from': 'Valideren mogelijk vanaf',
  'workflow.deadline.talk-requested': 'Gesprek met de functiehouder vóór de validatie',
  'workflow.deadline.appeal-until': 'Beroep mogelijk tot en met',
  'workflow.deadline.final-from': 'Definitief zonder beroep vanaf',
  'workflow.deadline.appeal-committee-by': 'Beroepscommissie vergadert uiterlijk op',
  'workflow.status.unassignable-decided': 'Niet-toewijsbaar, beslist',
  'workflow.not-allowed': "'{action}' kan niet in de toestand '{status}' (kan vanuit: {from})",
  'workflow.not-a-holder': "'{id}' is geen functiehouder aan wie deze FUBE werd voorgesteld",
  'workflow.not-own-name': 'een functiehouder spreekt enkel in eigen naam',
  'workflow.not-own-name:appeal': 'wie beroep instelt, staat zelf bij de functiehouders die beroep instellen',
  'workflow.family-not-appealed':
    'het beroep was niet gericht tegen de functiefamilie; een gegrond beroep kan de familie dan niet wijzigen',
  'workflow.class-not-in-family': "functieklasse {class} hoort niet bij de familie '{family}' ({classes})",
  'workflow.effective-date-invalid': '{date} is geen bestaande datum (JJJJ-MM-DD) voor het van kracht worden',
  'workflow.class-not-in-family:appeal':
    "functieklasse {class} hoort niet bij de familie '{family}' ({classes}); geef de andere familie op als het beroep tegen de familie gegrond is",
  'workflow.level-classes': 'niveau {level}: {classes}',
  'workflow.appeal-window-open':
    'de beroepstermijn loopt nog tot en met {until}; definitief maken kan vanaf {from}',
  'workflow.class-missing': 'er is geen gevalideerde functieklasse om definitief te maken',
  'workflow.class-out-of-range': 'functieklasse {class} bestaat niet bij de Vlaamse overheid ({min} tot {max})',
  'workflow.too-early': 'valideren kan pas vanaf {from} (30 kalenderdagen na het voorstel van {proposed})',
  'workflow.committee-member-unknown': "'{id}' is geen gekende persoon van een entiteit; kies de leden van het validatiecomité uit de personen",
  'workflow.committee-member-not-hr': '{name} heeft geen HR-rol en kan niet als HR-lid in het validatiecomité zetelen',
  'workflow.committee-empty': 'het validatiecomité heeft geen leden',
  'workflow.committee-without-outside-hr':
    "het validatiecomité heeft een HR-lid van een andere entiteit dan '{entity}' nodig, opgeleid in de methode",
  'workflow.committee-without-outside-hr:untrained':
    'het HR-lid van buiten de entiteit is niet opgeleid in de methode; het validatiecomité heeft een opgeleid HR-lid van een andere entiteit nodig',
  'workflow.appeal-window-closed': 'de beroepstermijn van 15 kalenderdagen liep af op {until}',
  'workflow.appellants-missing': 'geef minstens één functiehouder die beroep instelt',
  'workflow.appellant-not-a-holder': "'{id}' is geen functiehouder van deze FUBE",
  'workflow.appellant-duplicate': "'{id}' staat twee keer in de lijst",
  'workflow.grounds-missing': 'beroep kan tegen de functiefamilie of de functieklasse; kies minstens één',
  'workflow.ground-not-allowed':
    'tegen de tekst van de functiebeschrijving is geen beroep mogelijk, enkel tegen de functiefamilie of de functieklasse',

  // Authorisation (src/domain/access): why an action is refused
  'access.denied': "u hebt geen recht om '{action}' te doen",
  'access.action.fube.read': 'FUBE lezen',
  'access.action.fube.read-history': 'historiek lezen',
  'access.action.fube.create': 'FUBE aanmaken',
  'access.action.fube.update': 'FUBE schrijven',
  'access.action.fube.weigh': 'wegen',
  'access.action.fube.propose': 'voorstellen',
  'access.action.fube.withdraw-proposal': 'voorstel intrekken',
  'access.action.fube.remark': 'opmerking geven',
  'access.action.fube.request-talk': 'gesprek vragen',
  'access.action.fube.record-talk': 'gesprek vastleggen',
  'access.action.fube.advise': 'adviseren in het validatiecomité',
  'access.action.fube.advise-as-outside-hr': 'zetelen als HR-lid van buiten de entiteit',
  'access.action.fube.validate': 'valideren',
  'access.action.fube.notify': 'in kennis stellen',
  'access.action.fube.appeal': 'beroep instellen',
  'access.action.fube.decide-appeal': 'uitspraak beroep vastleggen',
  'access.action.fube.finalize': 'definitief maken',
  'access.action.fube.decide-unassignable': 'niet-toewijsbare functie beslissen',
  'access.action.fube.revise': 'nieuwe revisie starten',
  'access.action.family.read': 'families lezen',
  'access.action.family.manage': 'families beheren en publiceren',
  'access.action.user.read': 'gebruikers lezen',
  'access.action.user.manage': 'gebruikers en rollen beheren',
  'access.action.calendar.manage': 'sluitingsdagen van de organisatie beheren',
  'access.action.people.find': 'personen zoeken (functiehouders, leidinggevende, leidend ambtenaar)',
  'access.action.people.find-for-committee': 'personen zoeken voor het validatiecomité',
  'access.action.people.find-for-appeal-committee': 'personen zoeken voor de beroepscommissie',
  'access.denial.inEntity': 'deze FUBE hoort bij een andere entiteit',
  'access.denial.inUnit': 'deze FUBE hoort bij een andere afdeling',
  'access.denial.isHolder': 'u bent geen functiehouder van deze FUBE',
  'access.denial.notWriterOrWeigher': 'wie de FUBE schreef of woog, mag ze niet valideren',
  'access.denial.fromOtherEntity': 'het HR-lid van buiten moet tot een andere entiteit behoren dan die van de FUBE',
  'access.denial.trainedInMethod': 'u bent niet opgeleid in de wegingsmethode',

  // Comparing two revisions: where a change is
  'diff.fube': 'FUBE',
  'diff.result-area': "Resultaatgebied '{title}'",
  'diff.result-area-order': 'Volgorde van de resultaatgebieden',
  'diff.order': '{label} (volgorde)',
  'diff.field.familyId': 'Functiefamilie',
  'diff.field.familyVersion': 'Versie van de familie',
  'diff.field.title': 'Functietitel',
  'diff.field.entityId': 'Entiteit',
  'diff.field.unitId': 'Afdeling',
  'diff.field.holderIds': 'Functiehouders',
  'diff.field.managerId': 'Leidinggevende',
  'diff.field.purpose': 'Doel',
  'diff.field.what': 'wat',
  'diff.field.goal': 'met als doel',
  'diff.field.activities': 'voorbeeldactiviteiten',
  'diff.field.specificKnowledge': 'Functie- en entiteitsspecifieke kennis',
  'diff.field.weighing': 'Weging',
  'diff.field.values': 'waarden',
  'diff.field.rule': 'regel',
  'diff.field.decision': 'Beslissing',
  'diff.field.level': 'niveau',
  'diff.field.class': 'klasse',
  'diff.field.motivation': 'motivering',
  'diff.field.unassignable': 'Niet-toewijsbare functie',
  'diff.field.method': 'methode',
  'diff.field.resultAreas': 'Resultaatgebieden',
  // Catalogue exchange (src/documents/catalogue).
  'catalogue.syntax': 'ongeldige JSON: {reason}',
  'catalogue.syntax:not-json': 'ongeldige JSON: de tekst is geen JSON',
  'catalogue.format': "dit is geen Weegschaal-catalogus (format moet '{format}' zijn)",
  'catalogue.version': 'versie {version} van het catalogusformaat is onbekend; deze versie leest versie {supported}',
  'catalogue.duplicate-id': "id '{id}' komt al voor bij fubes[{first}]",
  'catalogue.in-force-revision': 'de geldende versie {inForce} is hoger dan de huidige versie {revision}',
  'catalogue.workflow-revision': 'de procedure loopt over versie {workflow}, maar de huidige versie is {revision}',
  'catalogue.dates': 'de laatste wijziging ligt voor het aanmaken',
  'catalogue.family-not-listed': "familie '{family}' versie {version} staat niet in de lijst 'families' van de catalogus",
  'catalogue.family-unknown': "familie '{family}' versie {version} is in deze installatie niet bekend",
  'catalogue.id-taken': "een FUBE met id '{id}' bestaat al in deze databank",
  'catalogue.in-force-mismatch': 'inForceRevision is {record}, maar workflow.inForce.revision is {workflow}',
  'catalogue.weighing-mismatch': "het opgeslagen resultaat (niveau {storedLevel}, klasse {storedClass}) is niet wat regel '{rule}' nu berekent (niveau {level}, klasse {class})",
  // Web security and passwords (src/server).
  'csrf.null-origin': 'de aanvraag komt van een onbekende oorsprong',
  'csrf.no-origin': 'een wijziging met sessiecookie moet een Origin-header hebben',
  'csrf.foreign-origin': 'aanvragen van {origin} worden niet aanvaard',
  'password.weak:short': 'een wachtwoord heeft minstens {min} tekens',
  'password.weak:long': 'een wachtwoord heeft hoogstens {max} tekens',
} as const;

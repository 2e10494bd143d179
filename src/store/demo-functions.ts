/**
 * The demo's functions as an HR adviser would write them (issue 14 item 8): per title, the
 * criterion values that fit the work (in the seed family's criterion order), the purpose made
 * specific, and the family result areas that apply. Reviewed as a table: each row's comment
 * says why the level fits; test/api/demo.test.ts checks that the weighing gives the level and
 * class written here, without a tie.
 *
 * Values, in order: complexiteit, opvolging, rol-in-projecten, impact-op-budgetten,
 * beleidsvoorbereiding, optimalisatie, interpersoonlijke-relaties, organisatievorm.
 * Levels: 1 = class 14, 2 = 15/16, 3 = 17/18, 4 = 19.
 */
export interface DemoFunction {
  /** The class the weighing gives (checked by the demo test). */
  class: number;
  values: readonly [number, number, number, number, number, number, number, number];
  purpose: { what: string; goal: string };
  /** Family result areas that fit the function (ids of the seed family). */
  areas: readonly string[];
}

export const DEMO_FUNCTIONS: Readonly<Record<string, DemoFunction>> = {
  // Advises the department's HR policy, prepares it with the management: level 3.
  'Beleidsadviseur HRM': {
    class: 17,
    values: [3, 3, 3, 2, 3, 3, 1, 2],
    purpose: { what: 'Het HR-beleid van het departement mee voorbereiden en de leidinggevenden erover adviseren', goal: 'het personeelsbeleid af te stemmen op de noden van de organisatie en de regelgeving' },
    areas: ['behoefteanalyse', 'adviesverlening', 'werkinstrumenten', 'communicatie'],
  },
  // Designs the architecture across applications and leads the projects that build it: high level 3.
  'ICT-architect': {
    class: 18,
    values: [4, 3, 4, 2, 3, 3, 1, 2],
    purpose: { what: 'De informatica-architectuur van het departement ontwerpen en bewaken', goal: 'toepassingen te laten samenwerken, veilig en duurzaam, volgens de standaarden van de Vlaamse overheid' },
    areas: ['behoefteanalyse', 'adviesverlening', 'kwaliteitsborging', 'projectdeelname'],
  },
  // Analyses budgets and reports within set methods: level 2, with analyses above it.
  'Financieel analist': {
    class: 16,
    values: [3, 2, 2, 2, 2, 2, 1, 2],
    purpose: { what: 'Financiële gegevens analyseren en rapporteren over de uitvoering van de begroting', goal: 'het management tijdig juiste cijfers te geven om bij te sturen' },
    areas: ['dienstverlening', 'werkinstrumenten', 'adviesverlening'],
  },
  // Drafts and checks public procurement files, advises the services: level 3.
  'Jurist overheidsopdrachten': {
    class: 17,
    values: [3, 3, 2, 2, 2, 3, 1, 2],
    purpose: { what: 'Overheidsopdrachten juridisch voorbereiden, begeleiden en nazien', goal: 'aankopen wettig, transparant en zonder geschillen te laten verlopen' },
    areas: ['adviesverlening', 'werkinstrumenten', 'kwaliteitsborging', 'kennis'],
  },
  // Writes and plans communication within the agency's plan: level 2, lower class.
  Communicatiedeskundige: {
    class: 15,
    values: [2, 2, 2, 1, 2, 2, 1, 2],
    purpose: { what: 'Interne en externe communicatie van het agentschap uitwerken en verzorgen', goal: 'medewerkers en klanten helder en tijdig te informeren' },
    areas: ['communicatie', 'dienstverlening', 'werkinstrumenten'],
  },
  // Prepares budget proposals and follows them up: level 2, higher class for the budget work.
  Begrotingsdeskundige: {
    class: 16,
    values: [2, 2, 3, 2, 2, 3, 1, 2],
    purpose: { what: 'De begrotingsvoorstellen van de afdelingen samenbrengen, nazien en opvolgen', goal: 'een sluitende en tijdige begroting van het departement mogelijk te maken' },
    areas: ['dienstverlening', 'werkinstrumenten', 'kwaliteitsborging'],
  },
  // Audits processes and advises on risks across the department: level 3.
  'Adviseur interne controle': {
    class: 17,
    values: [3, 3, 3, 2, 2, 3, 1, 2],
    purpose: { what: 'De interne controle van de financiële processen opzetten, toetsen en verbeteren', goal: 'risico’s te beheersen en de betrouwbaarheid van de cijfers te waarborgen' },
    areas: ['kwaliteitsborging', 'adviesverlening', 'behoefteanalyse', 'werkinstrumenten'],
  },
  // Partner of the management for all HR matters, leads HR projects: high level 3.
  'HR-businesspartner': {
    class: 18,
    values: [3, 4, 4, 2, 3, 3, 1, 2],
    purpose: { what: 'De leidinggevenden van het departement als aanspreekpunt bijstaan in alle HR-vragen', goal: 'het HR-beleid te vertalen naar de praktijk van elke afdeling' },
    areas: ['adviesverlening', 'behoefteanalyse', 'projectdeelname', 'communicatie'],
  },
  // Sets and checks the information security policy: high level 3.
  Informatieveiligheidsadviseur: {
    class: 18,
    values: [4, 3, 3, 2, 3, 4, 1, 2],
    purpose: { what: 'Het informatieveiligheidsbeleid voorstellen, de naleving toetsen en incidenten opvolgen', goal: 'de gegevens van het departement en zijn klanten te beschermen' },
    areas: ['adviesverlening', 'kwaliteitsborging', 'werkinstrumenten', 'communicatie'],
  },
  // Runs purchases within frameworks: level 2, lower class.
  Aankoopdeskundige: {
    class: 15,
    values: [2, 2, 2, 2, 1, 2, 1, 1],
    purpose: { what: 'Aankopen van het agentschap voorbereiden en uitvoeren binnen de raamcontracten', goal: 'goederen en diensten tijdig en tegen de beste voorwaarden te verkrijgen' },
    areas: ['dienstverlening', 'werkinstrumenten', 'kwaliteitsborging'],
  },
  // Advises on prevention and safety in the buildings: level 2, higher class (risk analyses).
  Preventieadviseur: {
    class: 16,
    values: [3, 2, 2, 1, 2, 3, 1, 2],
    purpose: { what: 'Risico’s voor veiligheid en gezondheid in de gebouwen analyseren en preventiemaatregelen adviseren', goal: 'ongevallen te voorkomen en een veilige werkomgeving te waarborgen' },
    areas: ['adviesverlening', 'behoefteanalyse', 'kwaliteitsborging'],
  },
  // Leads housing projects with contractors and users: level 3.
  'Projectleider huisvesting': {
    class: 17,
    values: [3, 3, 3, 2, 2, 3, 1, 2],
    purpose: { what: 'Huisvestingsprojecten van het agentschap plannen, leiden en opvolgen', goal: 'gebouwen op tijd en binnen budget aan te passen aan de noden van de diensten' },
    areas: ['projectdeelname', 'behoefteanalyse', 'dienstverlening', 'communicatie'],
  },
  // Writes and publishes web texts within a set style: level 1.
  Webredacteur: {
    class: 14,
    values: [1, 1, 1, 1, 1, 1, 1, 1],
    purpose: { what: 'Webteksten schrijven, redigeren en publiceren', goal: 'burgers en medewerkers vlot de juiste informatie te laten vinden' },
    areas: ['communicatie', 'dienstverlening'],
  },
  // Guides change and organisation development projects: high level 3.
  Organisatieontwikkelaar: {
    class: 18,
    values: [4, 3, 4, 2, 3, 3, 1, 2],
    purpose: { what: 'Veranderingstrajecten en organisatieontwikkeling in het departement begeleiden', goal: 'de organisatie wendbaar te maken en de werking te verbeteren' },
    areas: ['projectdeelname', 'adviesverlening', 'behoefteanalyse', 'communicatie'],
  },
  // Builds analyses and reports from data within the team: level 2, higher class.
  'Data-analist': {
    class: 16,
    values: [3, 2, 2, 1, 2, 3, 1, 2],
    purpose: { what: 'Gegevens verzamelen, analyseren en in rapporten en dashboards ontsluiten', goal: 'beslissingen op betrouwbare cijfers te laten steunen' },
    areas: ['dienstverlening', 'werkinstrumenten', 'kennis'],
  },
  // Keeps the accounts within the rules: level 2, lower class (decided by the separate method in the demo).
  'Boekhoudkundig expert': {
    class: 15,
    values: [2, 2, 1, 2, 1, 2, 1, 2],
    purpose: { what: 'De boekhouding van het departement voeren en de jaarrekening mee opmaken', goal: 'een volledige en correcte boekhouding te waarborgen' },
    areas: ['dienstverlening', 'kwaliteitsborging', 'werkinstrumenten'],
  },
  // Interprets the staff regulations and advises HR and management: level 3.
  'Juridisch adviseur personeelsstatuut': {
    class: 17,
    values: [3, 3, 2, 1, 3, 3, 1, 2],
    purpose: { what: 'Het personeelsstatuut toelichten en HR en leidinggevenden juridisch adviseren', goal: 'beslissingen over personeel rechtszeker te maken' },
    areas: ['adviesverlening', 'kennis', 'communicatie'],
  },
  // Plans deliveries and stock with a small team: level 2, lower class.
  'Logistiek coördinator': {
    class: 15,
    values: [2, 2, 2, 2, 1, 2, 1, 2],
    purpose: { what: 'De logistieke stromen en de voorraad van het agentschap organiseren', goal: 'diensten op tijd te voorzien van wat ze nodig hebben' },
    areas: ['dienstverlening', 'werkinstrumenten', 'kwaliteitsborging'],
  },
  // Keeps the quality system and improvement actions going: level 2, higher class.
  Kwaliteitscoördinator: {
    class: 16,
    values: [2, 3, 2, 1, 2, 3, 1, 2],
    purpose: { what: 'Het kwaliteitssysteem van het departement onderhouden en verbeteracties opvolgen', goal: 'de dienstverlening meetbaar en blijvend te verbeteren' },
    areas: ['kwaliteitsborging', 'werkinstrumenten', 'dienstverlening'],
  },
  // Proposes and follows diversity actions: level 2, higher class.
  'Adviseur diversiteit en inclusie': {
    class: 16,
    values: [2, 2, 3, 1, 2, 3, 1, 2],
    purpose: { what: 'Acties voor diversiteit en inclusie voorstellen en opvolgen', goal: 'een organisatie te bouwen waarin iedereen zijn plaats vindt' },
    areas: ['adviesverlening', 'communicatie', 'projectdeelname'],
  },
  // Manages applications and supports their users: level 1.
  Applicatiebeheerder: {
    class: 14,
    values: [1, 1, 1, 1, 1, 1, 1, 1],
    purpose: { what: 'Toepassingen functioneel beheren en gebruikers ondersteunen', goal: 'de toepassingen van het departement vlot en storingsvrij te laten werken' },
    areas: ['dienstverlening', 'werkinstrumenten', 'kennis'],
  },
  // Follows energy use and proposes savings: level 2, lower class.
  Energiedeskundige: {
    class: 15,
    values: [2, 2, 2, 1, 1, 2, 1, 2],
    purpose: { what: 'Het energieverbruik van de gebouwen opvolgen en besparingen voorstellen', goal: 'het verbruik en de kosten duurzaam te verlagen' },
    areas: ['behoefteanalyse', 'adviesverlening', 'dienstverlening'],
  },
  // Speaks for the agency to the press, advises the top on communication: high level 3.
  Woordvoerder: {
    class: 18,
    values: [3, 4, 3, 2, 3, 4, 1, 2],
    purpose: { what: 'Het agentschap bij de pers en het publiek vertegenwoordigen en de leiding adviseren over communicatie', goal: 'een juist en consistent beeld van het agentschap te geven' },
    areas: ['communicatie', 'adviesverlening', 'behoefteanalyse'],
  },
  // Manages contracts and suppliers: level 2, higher class.
  Contractmanager: {
    class: 16,
    values: [3, 2, 2, 2, 2, 2, 1, 2],
    purpose: { what: 'Contracten met leveranciers beheren en hun uitvoering opvolgen', goal: 'afspraken nagekomen te zien en de kosten te beheersen' },
    areas: ['dienstverlening', 'kwaliteitsborging', 'werkinstrumenten'],
  },
  // Shapes the budget policy with the top, across departments: level 4.
  'Beleidsadviseur begrotingsbeleid': {
    class: 19,
    values: [4, 4, 4, 3, 3, 4, 1, 2],
    purpose: { what: 'Het begrotingsbeleid van de Vlaamse overheid mee bepalen en de leiding erover adviseren', goal: 'de overheidsfinanciën gezond en beleidsgericht te houden' },
    areas: ['behoefteanalyse', 'adviesverlening', 'projectdeelname', 'communicatie'],
  },
  // Describes and improves processes within projects: level 2, lower class.
  Procesanalist: {
    class: 15,
    values: [2, 2, 2, 1, 1, 2, 1, 2],
    purpose: { what: 'Werkprocessen in kaart brengen en verbeteringen voorstellen', goal: 'processen eenvoudiger en efficiënter te maken' },
    areas: ['behoefteanalyse', 'werkinstrumenten', 'projectdeelname'],
  },
  // Keeps and opens up the legal documentation: level 1.
  Documentatiedeskundige: {
    class: 14,
    values: [1, 1, 1, 1, 1, 1, 1, 1],
    purpose: { what: 'Juridische documentatie verzamelen, ordenen en ontsluiten', goal: 'juristen snel de juiste bronnen te laten vinden' },
    areas: ['kennis', 'dienstverlening'],
  },
  // Advises on well-being at work: level 2, lower class.
  'Adviseur welzijn op het werk': {
    class: 15,
    values: [2, 2, 2, 1, 1, 2, 1, 2],
    purpose: { what: 'Leidinggevenden en medewerkers adviseren over welzijn op het werk', goal: 'psychosociale risico’s te voorkomen en het welzijn te verhogen' },
    areas: ['adviesverlening', 'behoefteanalyse', 'communicatie'],
  },
  // Handles payments and the accounts kept for them: level 1 (decided by the separate method in the demo).
  Rekenplichtige: {
    class: 14,
    values: [1, 1, 1, 1, 1, 1, 1, 1],
    purpose: { what: 'Ontvangsten en uitgaven van de rekenplichtige rekening uitvoeren en verantwoorden', goal: 'de gelden van het departement correct te beheren' },
    areas: ['dienstverlening', 'kwaliteitsborging'],
  },
  // Organises training to the organisation's needs: level 2, lower class.
  Opleidingsadviseur: {
    class: 15,
    values: [2, 2, 2, 1, 2, 2, 1, 2],
    purpose: { what: 'Opleidingsnoden in kaart brengen en een passend aanbod uitwerken', goal: 'medewerkers de competenties te laten ontwikkelen die hun functie vraagt' },
    areas: ['behoefteanalyse', 'dienstverlening', 'communicatie'],
  },
};

import type { LegacyDescription } from '../../domain/suggest/legacy.js';

/**
 * Splits the text of an old function description into title, purpose, tasks, requirements
 * and context, by its headings ("Doel van de functie", "Taken", "Profiel", "Wie ben jij?", a
 * Word heading) and, where it has none, by cues: the first line is the title, a line about a
 * diploma or years of experience is a requirement, the rest are tasks. Pure (no I/O).
 */

type Section = 'title' | 'purpose' | 'tasks' | 'requirements' | 'context' | 'ignore';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

// Heading words per section, matched against the whole (folded) heading without its colon.
const HEADINGS: readonly [Section, RegExp][] = [
  ['title', /^(functietitel|functiebenaming|functienaam|benaming|titel|naam van de functie|functie)$/],
  ['purpose', /^(doel|doelen|doelstelling|doelstellingen|functiedoel|missie|opdracht|kernopdracht|samenvatting|algemene omschrijving|doel(stelling)? van de functie|waarvoor sta je in|waarvoor staat u in|wat is je opdracht|jouw missie)$/],
  ['tasks', /^(taken|taak|takenpakket|kerntaken|resultaatgebieden|resultaatgebied|verantwoordelijkheden|belangrijkste (taken|verantwoordelijkheden)|taken en verantwoordelijkheden|jouw (taken|opdracht|job|uitdaging)|je (taken|opdracht)|wat ga je doen|wat ga jij doen|wat doe je|wat doe jij|wat doet u|wat gaat u doen|functie-?inhoud|jobinhoud|inhoud van de functie|activiteiten|taakomschrijving|jobomschrijving|functieomschrijving|opdrachten)$/],
  ['requirements', /^(profiel|jouw profiel|uw profiel|functieprofiel|functievereisten|vereisten|vereist profiel|wie ben jij|wie ben je|wie bent u|wie zoeken we|wie zoeken wij|gevraagd|gezocht|competenties|gedragscompetenties|technische competenties|vaktechnische competenties|diploma|diploma en ervaring|opleiding|opleiding en ervaring|opleidingsniveau( en ervaring)?|ervaring|kennis|kennis en vaardigheden|vaardigheden|selectievoorwaarden|aanwervingsvoorwaarden|deelnemingsvoorwaarden|kwalificaties|wat breng je mee|wat vragen we|wat verwachten we)$/],
  ['context', /^(context|plaats in de organisatie|positie in de organisatie|situering|situering van de functie|organisatie|organogram|hierarchische positie|rapporteert aan|werkomgeving)$/],
  ['ignore', /^(aanbod|ons aanbod|wij bieden|we bieden|wat bieden we|wat bieden wij|wat mag je verwachten|voordelen|verloning|contact|contactpersoon|interesse|solliciteren|hoe solliciteren|meer info|meer informatie|praktisch)$/],
];

const AMBIGUOUS_INLINE = /^(kennis|ervaring|opleiding|diploma|vaardigheden|competenties|organisatie|context|functie|taak|opdrachten|activiteiten)$/;
const BULLET = /^(?:[-–—•*·▪◦●○■□➢>]+|\(?\d{1,2}[.)]|[a-z][.)])\s+/u;
const GENERIC_TITLES = /^(functiebeschrijving|functieomschrijving|functieprofiel|vacature|vacaturetekst|functiefiche)$/;
const REQUIREMENT_CUE = /\b(diploma|master\w*|bachelor\w*|licentia\w*|graduaat|doctoraat|secundair\w*|jaar ervaring|jaren ervaring|\d+ jaar\b.*ervaring|ervaring (in|met|als)|startfunctie|rijbewijs)/;

function headingOf(line: string): { section: Section; rest: string } | undefined {
  const plain = line.replace(/^#+\s*/, '').replace(/^\d{1,2}[.)]\s*/, '').trim();
  // "Doel: tekst" on one line, or the heading alone ("Taken", "Wie ben jij?", "PROFIEL").
  const inline = /^([^:]{2,60}):\s*(.*)$/.exec(plain);
  const candidates: [string, string][] = [[plain, '']];
  if (inline !== null) candidates.unshift([inline[1]!, inline[2]!]);
  for (const [head, rest] of candidates) {
    const key = fold(head).replace(/[?!:]+$/, '').replace(/\s+/g, ' ').trim();
    if (key.length > 60) continue;
    // "Kennis: fungeert als aanspreekpunt" among tasks is a task with a label, not the profile.
    if (rest !== '' && AMBIGUOUS_INLINE.test(key)) continue;
    for (const [section, pattern] of HEADINGS) if (pattern.test(key)) return { section, rest: rest.trim() };
  }
  return undefined;
}

/** "AFDELINGSHOOFD FINANCIËN" → "Afdelingshoofd financiën"; other titles as written. */
function titleCase(title: string): string {
  if (title !== title.toUpperCase() || !/\p{Lu}{3}/u.test(title)) return title;
  const lower = title.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export interface SplitText {
  description: LegacyDescription;
  /** Where the split had to guess, in Dutch. */
  warnings: string[];
}

export function splitLegacyText(text: string): SplitText {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '' && !/^[-–—•*·▪_=.]+$/.test(l))
    // A line wrapped by a PDF or a narrow column: lower case after a line without end mark.
    .reduce<string[]>((out, line) => {
      const previous = out[out.length - 1];
      if (previous !== undefined && /^\p{Ll}/u.test(line) && !/[.;:!?]$/.test(previous) && !previous.startsWith('# ')) out[out.length - 1] = `${previous} ${line}`;
      else out.push(line);
      return out;
    }, []);
  const parts: Record<Exclude<Section, 'ignore' | 'title'>, string[]> = { purpose: [], tasks: [], requirements: [], context: [] };
  let title: string | undefined;
  let section: Section | undefined;
  let headings = 0;
  const intro: string[] = [];

  for (const line of lines) {
    const heading = headingOf(line);
    if (heading !== undefined) {
      headings++;
      if (heading.section === 'title') {
        if (heading.rest !== '') {
          title = heading.rest;
        }
        section = undefined;
        continue;
      }
      section = heading.section;
      if (heading.rest !== '' && section !== 'ignore') parts[section].push(heading.rest);
      continue;
    }
    const content = line.replace(/^#+\s*/, '');
    if (title === undefined && section === undefined) {
      if (GENERIC_TITLES.test(fold(content).replace(/[:.]+$/, ''))) continue;
      title = content;
      continue;
    }
    if (section === undefined || section === 'title') intro.push(content);
    else if (section !== 'ignore') parts[section].push(content);
  }

  const warnings: string[] = [];
  if (headings === 0) warnings.push('geen kopjes gevonden: doel, taken en vereisten zijn geraden');
  // Text before the first heading: paragraphs split into sentences; a diploma or experience is
  // a requirement; without headings the first sentence is the purpose and the rest tasks, with
  // headings it is the purpose when none was given, else context.
  const introSentences = intro.flatMap((l) => (BULLET.test(l) ? [l] : l.split(/(?<=[.!?])\s+(?=\p{Lu})/u)));
  const purposeGiven = parts.purpose.length > 0;
  introSentences.forEach((line, i) => {
    if (REQUIREMENT_CUE.test(fold(line))) parts.requirements.push(line);
    else if (headings === 0) (i === 0 && !BULLET.test(line) ? parts.purpose : parts.tasks).push(line);
    else (purposeGiven ? parts.context : parts.purpose).push(line);
  });
  // "Wat ga je doen?" opening with a paragraph before the list: that paragraph is the purpose.
  if (parts.purpose.length === 0 && parts.tasks.length > 1 && !BULLET.test(parts.tasks[0]!) && parts.tasks.slice(1).some((t) => BULLET.test(t)))
    parts.purpose.push(parts.tasks.shift()!);
  // One paragraph and no task list: its first sentence is the purpose, the others tasks.
  if (parts.tasks.length === 0 && parts.purpose.length > 0) {
    const sentences = parts.purpose.join(' ').split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    parts.purpose = sentences.slice(0, 1);
    parts.tasks = sentences.slice(1);
  }
  const unbullet = (lines: string[]) => lines.map((l) => l.replace(BULLET, '').trim()).filter((l) => l !== '');
  if (title === undefined) warnings.push('geen titel gevonden');
  if (parts.tasks.length === 0) warnings.push('geen taken gevonden');
  if (parts.requirements.length === 0) warnings.push('geen vereisten (diploma, ervaring) gevonden');
  return {
    description: {
      title: titleCase(title ?? ''),
      purpose: unbullet(parts.purpose).join('\n'),
      tasks: unbullet(parts.tasks),
      requirements: unbullet(parts.requirements),
      ...(parts.context.length > 0 ? { context: unbullet(parts.context) } : {}),
    },
    warnings,
  };
}

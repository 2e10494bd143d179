/**
 * `weegschaal pay analyse --format text`: the analysis of a pay file as a Dutch summary.
 * Percentages with one decimal; a suppressed figure as "afgeschermd".
 */
import type { Figure } from '../../domain/pay/index.js';
import type { PayAnalysis } from '../../use-cases/pay/analyse-pay-file.js';

const NUMBER = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const DECIMALS = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 4 });

function percent(figure: Figure): string {
  if (figure === null) return 'n.v.t.';
  if (typeof figure === 'object') return 'afgeschermd';
  return `${NUMBER.format(figure)} %`;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length));

export function renderPayAnalysisText(analysis: PayAnalysis, context: { file: string; referenceDate: string }): string {
  const { counts, indicators, adjusted } = analysis;
  const out: string[] = [];
  out.push(`Loonanalyse van ${context.file} (${analysis.format === 'logib' ? 'Logib-gegevensblad' : 'loon-CSV'}, referentiedatum ${context.referenceDate})`);
  out.push('');
  out.push(
    `${counts.rows} rijen gelezen: ${counts.analysed} geanalyseerd (${counts.women} vrouwen, ${counts.men} mannen` +
      `${counts.other > 0 ? `, ${counts.other} X` : ''}), ${counts.rejected} afgewezen` +
      `${analysis.format === 'logib' ? `, ${counts.notInPopulation} buiten de statistische populatie` : ''}.`,
  );
  if (counts.rejected > 0) out.push('De afgewezen rijen (onderaan) zijn niet geanalyseerd; de analyse loopt op de geldige rijen.');
  if (counts.unclassified > 0) out.push(`${counts.unclassified} personen zonder categorie ("niet ingedeeld"): mee in de totalen, in geen enkele categorie.`);
  out.push(`Afscherming: een groep met minder dan ${analysis.threshold} vrouwen of mannen wordt niet getoond. Loonkloof = (mannen − vrouwen) ÷ mannen.`);
  out.push('');
  out.push('Loonkloof (artikel 9)                 jaarloon     uurloon');
  const row = (label: string, figures: { annual: Figure; hourly: Figure }) => out.push(`  ${pad(label, 36)}${pad(percent(figures.annual), 13)}${percent(figures.hourly)}`);
  row('gemiddeld (a)', indicators.meanGap);
  row('mediaan (c)', indicators.medianGap);
  row('variabel loon, gemiddeld (b)', indicators.variableMeanGap);
  row('variabel loon, mediaan (d)', indicators.variableMedianGap);
  out.push(`  ${pad('met variabel loon (e)', 36)}vrouwen ${percent(indicators.variableShare.women)}, mannen ${percent(indicators.variableShare.men)}`);
  out.push('');
  out.push('Kwartielen van het uurloon (f)        vrouwen      mannen');
  for (const q of indicators.quartiles) out.push(`  ${pad(`kwartiel ${q.band} (${q.count} personen)`, 36)}${pad(percent(q.women), 13)}${percent(q.men)}`);
  out.push('');
  out.push('Per categorie (g)        vrouwen  mannen  basisloon   variabel    5 %-vlag');
  for (const c of indicators.categories) {
    const flag = c.flagged === null ? 'afgeschermd' : c.flagged ? 'JA' : 'nee';
    out.push(`  ${pad(c.category, 23)}${pad(String(c.women), 9)}${pad(String(c.men), 8)}${pad(percent(c.basicMeanGap.annual), 12)}${pad(percent(c.variableMeanGap.annual), 12)}${flag}`);
  }
  if (indicators.categories.length === 0) out.push('  (geen categorieën)');
  out.push('  (basisloon en variabel: gemiddelde loonkloof op het jaarloon; de vlag: loonpeil, jaar- of uurloon)');
  out.push('');
  out.push('Gecorrigeerde loonkloof (Logib-standaardmodel)');
  if (adjusted === null) out.push(`  ${analysis.adjustedReason?.message.nl ?? 'geen model'}`);
  else {
    out.push(`  ${adjusted.n} personen; coëfficiënt geslacht (V) ${DECIMALS.format(adjusted.coefficient)} (standaardfout ${DECIMALS.format(adjusted.standardError)})`);
    out.push(`  loonkloof ${NUMBER.format(adjusted.gap)} % (Kennedy; negatief: vrouwen verdienen minder bij gelijke kenmerken)`);
    out.push(
      `  t = ${DECIMALS.format(adjusted.tValue)}, ${adjusted.degreesOfFreedom} vrijheidsgraden, p ${adjusted.pValue < 0.0001 ? '< 0,0001' : `= ${DECIMALS.format(adjusted.pValue)}`}: ` +
        `${adjusted.significant ? 'significant' : 'niet significant'} op 5 %; R² = ${DECIMALS.format(adjusted.rSquared)}`,
    );
    if (counts.excludedFromModel > 0) out.push(`  ${counts.excludedFromModel} personen niet in het model (geslacht X of geen categorie)`);
  }
  if (analysis.rejected.length > 0) {
    out.push('');
    out.push('Afgewezen');
    for (const r of analysis.rejected) out.push(`  ${r.line === 0 ? 'bestand' : `regel ${r.line}`}${r.column === null ? '' : `, kolom ${r.column}`}: ${r.message.nl}`);
  }
  return `${out.join('\n')}\n`;
}

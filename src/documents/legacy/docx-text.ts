/**
 * The text of a Word document's body (word/document.xml) as lines: one line per paragraph,
 * headings (styles Title, Heading n, Kop n, Titel) marked "# ", list paragraphs marked "- ",
 * and every table cell its own paragraph(s). Only the elements that carry text are read,
 * with regular expressions over the XML: a document's text needs no DOM, and the input is
 * bounded by the reader.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? whole;
    return ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(cp: number): string | undefined {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
}

const HEADING_STYLE = /<w:pStyle\s+w:val="(?:Title|Titel|Heading\d|Kop\d|heading\d|kop\d|Subtitle|Ondertitel)"/;

export function docxBodyLines(xml: string): string[] {
  const lines: string[] = [];
  // Each paragraph, wherever it stands (body, table cell, text box).
  for (const match of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const paragraph = match[0];
    let text = '';
    for (const piece of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/g)) {
      if (piece[1] !== undefined) text += decodeEntities(piece[1]);
      else text += piece[0] === '<w:tab/>' ? '\t' : '\n';
    }
    text = text.replace(/[ \t]+/g, ' ').trim();
    if (text === '') continue;
    if (HEADING_STYLE.test(paragraph)) lines.push(`# ${text}`);
    else if (/<w:numPr>/.test(paragraph)) lines.push(`- ${text}`);
    else lines.push(text);
  }
  return lines;
}

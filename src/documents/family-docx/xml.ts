/**
 * A small, strict-enough XML reader for the parts of a Word document: elements with their
 * attributes and text, entities decoded, comments, processing instructions and the doctype
 * skipped (Word writes no doctype; a DTD is never read, so no entity expansion can blow up).
 * Bounded in depth and in the number of elements. Namespace prefixes stay in the names
 * ("w:p"); Word's documents always use the prefixes of the spec.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(
    readonly offset: number,
    reason: string,
  ) {
    super(`xml at ${offset}: ${reason}`);
    this.name = 'XmlError';
  }
}

export interface XmlLimits {
  maxDepth: number;
  maxElements: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string, offset: number): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new XmlError(offset, 'a bare "&"');
    if (name.startsWith('#x') || name.startsWith('#')) {
      const cp = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff))
        throw new XmlError(offset, `character reference ${match}`);
      return String.fromCodePoint(cp);
    }
    const value = ENTITIES[name];
    if (value === undefined) throw new XmlError(offset, `unknown entity ${match}`);
    return value;
  });
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ATTRIBUTE = /\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("[^"<]*"|'[^'<]*')/y;

export function parseXml(source: string, limits: XmlLimits): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let elements = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const text = source.slice(i, textEnd);
      if (stack.length > 1) stack[stack.length - 1]!.children.push(decode(text, i));
      else if (text.trim() !== '') throw new XmlError(i, 'text outside the root element');
    }
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      if (close === -1) throw new XmlError(i, 'unclosed comment');
      i = close + 3;
    } else if (source.startsWith('<?', i)) {
      const close = source.indexOf('?>', i + 2);
      if (close === -1) throw new XmlError(i, 'unclosed processing instruction');
      i = close + 2;
    } else if (source.startsWith('<![CDATA[', i)) {
      const close = source.indexOf(']]>', i + 9);
      if (close === -1) throw new XmlError(i, 'unclosed CDATA');
      if (stack.length > 1) stack[stack.length - 1]!.children.push(source.slice(i + 9, close));
      i = close + 3;
    } else if (source.startsWith('<!', i)) {
      // A doctype: refused rather than read (no DTD, no entity definitions).
      throw new XmlError(i, 'a doctype');
    } else if (source[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const match = NAME.exec(source);
      if (match === null) throw new XmlError(i, 'bad end tag');
      const close = source.indexOf('>', NAME.lastIndex);
      if (close === -1 || source.slice(NAME.lastIndex, close).trim() !== '') throw new XmlError(i, 'bad end tag');
      const open = stack.pop();
      if (open === undefined || open === root || open.name !== match[0])
        throw new XmlError(i, `end tag </${match[0]}> does not match`);
      i = close + 1;
    } else {
      NAME.lastIndex = i + 1;
      const match = NAME.exec(source);
      if (match === null) throw new XmlError(i, 'bad start tag');
      const element: XmlElement = { name: match[0], attributes: {}, children: [] };
      let at = NAME.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const attribute = ATTRIBUTE.exec(source);
        if (attribute === null) break;
        element.attributes[attribute[1]!] = decode(attribute[2]!.slice(1, -1), at);
        at = ATTRIBUTE.lastIndex;
      }
      while (at < n && /\s/.test(source[at]!)) at++;
      const selfClosing = source[at] === '/';
      if (selfClosing) at++;
      if (source[at] !== '>') throw new XmlError(i, `bad start tag <${match[0]}>`);
      i = at + 1;
      if (++elements > limits.maxElements) throw new XmlError(i, 'too many elements');
      const parent = stack[stack.length - 1]!;
      if (parent === root && root.children.some((c) => typeof c !== 'string'))
        throw new XmlError(i, 'a second root element');
      parent.children.push(element);
      if (!selfClosing) {
        stack.push(element);
        if (stack.length > limits.maxDepth) throw new XmlError(i, 'nested too deep');
      }
    }
  }
  if (stack.length > 1) throw new XmlError(n, `unclosed <${stack[stack.length - 1]!.name}>`);
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (top === undefined) throw new XmlError(0, 'no root element');
  return top;
}

/** The child elements of an element, optionally only those with a name. */
export function elements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** All text below an element, in order. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

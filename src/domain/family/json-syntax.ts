import { type MessageRef, ref } from '../messages/index.js';

/**
 * Finds the first JSON syntax error and its offset. The loader parses JSON with the YAML
 * parser (for line and column of every field), but YAML accepts text that is not JSON
 * (`{"name": }`, comments, single quotes), and JSON.parse does not always say where it
 * failed; a .json family file must be strict JSON, with the place of the error.
 *
 * The reason is a catalogue reference (`json.*`), so every caller renders it in its own
 * language.
 */
export interface JsonSyntaxError {
  offset: number;
  reason: MessageRef;
}

export function findJsonSyntaxError(source: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (reason: MessageRef, at = i): never => {
    throw { offset: at, reason } satisfies JsonSyntaxError;
  };
  const found = () => (i >= source.length ? ref('json.found.end') : ref('json.found.char', { char: source[i]! }));
  const skipSpace = () => {
    while (i < source.length && ' \t\n\r'.includes(source[i]!)) i++;
  };
  const expect = (char: string, expected: MessageRef) => {
    skipSpace();
    if (source[i] !== char) fail(ref('json.expected', { found: found(), expected }));
    i++;
  };
  const string = () => {
    const start = i;
    i++; // the opening quote
    while (i < source.length && source[i] !== '"') {
      const char = source[i]!;
      if (char < ' ') fail(ref('json.control-character'));
      if (char === '\\') {
        const escape = source[i + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) fail(ref('json.unicode-escape'));
          i += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) fail(ref('json.escape'));
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= source.length) fail(ref('json.unterminated-string'), start);
    i++;
  };
  /**
   * One value, without recursion: open arrays and objects are kept on an explicit stack, so
   * nesting costs heap, not call stack (a text of 12,000 '[' once overflowed the stack and
   * the overflow was mistaken for a syntax error). Callers bound the depth beforehand
   * (src/domain/parse/limits.ts); this stays correct at any depth.
   */
  const value = (): void => {
    const open: ('[' | '{')[] = [];
    for (;;) {
      // A value starts here.
      skipSpace();
      const char = source[i];
      if (char === '{' || char === '[') {
        i++;
        skipSpace();
        const close = char === '{' ? '}' : ']';
        if (source[i] === close) i++;
        else {
          open.push(char);
          if (char === '{') member();
          continue;
        }
      } else if (char === '"') string();
      else literal();
      // After a value: close what is complete, or go on with the next item.
      for (;;) {
        const container = open[open.length - 1];
        if (container === undefined) return;
        skipSpace();
        const close = container === '{' ? '}' : ']';
        if (source[i] === close) {
          i++;
          open.pop();
          continue;
        }
        expect(',', ref(container === '{' ? 'json.expected.comma-or-brace' : 'json.expected.comma-or-bracket'));
        if (container === '{') member();
        break;
      }
    }
  };
  /** A key and its colon; the member's value follows. */
  const member = () => {
    skipSpace();
    if (source[i] !== '"') fail(ref('json.expected', { found: found(), expected: ref('json.expected.key') }));
    string();
    expect(':', ref('json.expected.colon'));
  };
  const literal = () => {
    for (const word of ['true', 'false', 'null']) {
      if (source.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(i, i + 400));
    if (number === null) fail(ref('json.expected', { found: found(), expected: ref('json.expected.value') }));
    i += number![0].length;
  };
  try {
    value();
    skipSpace();
    if (i < source.length) fail(ref('json.after-value', { found: found() }));
    return undefined;
  } catch (error) {
    // Only the checker's own verdicts; anything else is a fault, not a syntax error.
    if (error !== null && typeof error === 'object' && 'offset' in error && 'reason' in error) return error as JsonSyntaxError;
    throw error;
  }
}

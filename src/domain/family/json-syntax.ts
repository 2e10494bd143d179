/**
 * Finds the first JSON syntax error and its offset. The loader parses JSON with the YAML
 * parser (for line and column of every field), but YAML accepts text that is not JSON
 * (`{"name": }`, comments, single quotes), and JSON.parse does not always say where it
 * failed; a .json family file must be strict JSON, with the place of the error.
 */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

export function findJsonSyntaxError(source: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw { offset: at, message } satisfies JsonSyntaxError;
  };
  const describe = () => (i >= source.length ? 'onverwacht einde van de tekst' : `onverwacht teken '${source[i]}'`);
  const skipSpace = () => {
    while (i < source.length && ' \t\n\r'.includes(source[i]!)) i++;
  };
  const expect = (char: string, what: string) => {
    skipSpace();
    if (source[i] !== char) fail(`${describe()}; ${what} verwacht`);
    i++;
  };
  const string = () => {
    const start = i;
    i++; // the opening quote
    while (i < source.length && source[i] !== '"') {
      const char = source[i]!;
      if (char < ' ') fail('controleteken (bv. regeleinde) in een string');
      if (char === '\\') {
        const escape = source[i + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) fail('ongeldige \\u-escape');
          i += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) fail('ongeldige escape in een string');
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= source.length) fail('string niet afgesloten (ontbrekend ")', start);
    i++;
  };
  const value = (): void => {
    skipSpace();
    const char = source[i];
    if (char === '{') {
      i++;
      skipSpace();
      if (source[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (source[i] !== '"') fail(`${describe()}; veldnaam tussen dubbele aanhalingstekens verwacht`);
        string();
        expect(':', "':'");
        value();
        skipSpace();
        if (source[i] === '}') {
          i++;
          return;
        }
        expect(',', "',' of '}'");
      }
    }
    if (char === '[') {
      i++;
      skipSpace();
      if (source[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (source[i] === ']') {
          i++;
          return;
        }
        expect(',', "',' of ']'");
      }
    }
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (source.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(i, i + 400));
    if (number === null) fail(`${describe()}; waarde verwacht`);
    i += number![0].length;
  };
  try {
    value();
    skipSpace();
    if (i < source.length) fail(`${describe()} na het einde van de JSON-waarde`);
    return undefined;
  } catch (error) {
    return error as JsonSyntaxError;
  }
}

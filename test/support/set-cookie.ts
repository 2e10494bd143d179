/**
 * A Set-Cookie header as name, value and attributes, so tests check what a cookie says
 * whatever order the cookie library writes the attributes in.
 */
export function setCookieParts(header: string): Record<string, string | true> {
  const [pair = '', ...attributes] = header.split(';').map((p) => p.trim());
  const eq = pair.indexOf('=');
  const parts: Record<string, string | true> = { name: pair.slice(0, eq), value: pair.slice(eq + 1) };
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    if (at < 0) parts[attribute] = true;
    else parts[attribute.slice(0, at)] = attribute.slice(at + 1);
  }
  return parts;
}

/** The session cookie as login sets it (10 hours, this site only, no script access). */
export const SESSION_COOKIE_SHAPE = {
  name: 'weegschaal_sessie',
  Path: '/',
  HttpOnly: true,
  SameSite: 'Lax',
  'Max-Age': '36000',
} as const;

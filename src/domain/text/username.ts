/**
 * The one form of a login name that lookups and the login throttle use: surrounding spaces
 * dropped, Unicode in NFC, lower case. `Beheerder@Demo ` and a decomposed `é` count as the
 * same account as `beheerder@demo` and the composed `é`.
 */
export function normaliseUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase().normalize('NFC');
}

import type { FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { type Locale, locales } from '../messages/index.js';

/**
 * The catalogue locale a client asks for with `Accept-Language`, negotiated by `negotiator`
 * (the parser behind Express and @fastify/accepts; decision 0029): the supported language
 * with the highest q-value, a regional tag (`nl-BE`) counting for its language; Dutch when
 * none is supported.
 */
export function localeFromHeader(header: string | undefined): Locale {
  if (header === undefined || header.trim() === '') return 'nl';
  const found = new Negotiator({ headers: { 'accept-language': header } }).language([...locales]);
  return found !== undefined && (locales as readonly string[]).includes(found) ? (found as Locale) : 'nl';
}

export const requestLocale = (request: FastifyRequest): Locale => {
  const header = request.headers['accept-language'];
  return localeFromHeader(Array.isArray(header) ? header.join(',') : header);
};

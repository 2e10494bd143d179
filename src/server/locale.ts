import type { FastifyRequest } from 'fastify';
import { type Locale, locales } from '../messages/index.js';

/**
 * The catalogue locale a client asks for with `Accept-Language`: the supported language
 * with the highest q-value (ties: the first listed), Dutch when none is supported.
 */
export function localeFromHeader(header: string | undefined): Locale {
  if (header === undefined || header.trim() === '') return 'nl';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const found = ranked.find((entry) => (locales as string[]).includes(entry.language));
  return found === undefined ? 'nl' : (found.language as Locale);
}

export const requestLocale = (request: FastifyRequest): Locale => {
  const header = request.headers['accept-language'];
  return localeFromHeader(Array.isArray(header) ? header.join(',') : header);
};

import { z } from 'zod';
import { isCalendarDate } from '../domain/workflow/calendar.js';
import { schemaMessage } from '../domain/messages/zod.js';
import { DEFAULT_PAY_THRESHOLD, PAY_THRESHOLD_RANGE } from './values.js';

export { DEFAULT_PAY_THRESHOLD, PAY_THRESHOLD_RANGE };

/**
 * Pay data per reference period over HTTP (issue 16, docs/pay-transparency.md § Privacy):
 * paths' schemas and views shared by the server and the web client.
 */

/** A period's name: `2026`, `2026-dfb`, `2026.H1`. */
export const PAY_PERIOD_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/u;
/** The largest pay file accepted (about 300 000 rows of our CSV). */
export const PAY_IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

export const payPeriodIdSchema = z.string().max(40).regex(PAY_PERIOD_PATTERN);
export const payPeriodParamsSchema = z.object({ period: payPeriodIdSchema });

/** `POST /api/pay/periods/{period}/import?partial=true&referenceDate=…&entity=…&threshold=…`: the body is the file's bytes. */
export const payImportQuerySchema = z.object({
  partial: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  referenceDate: z.string().max(10).refine(isCalendarDate, { message: schemaMessage('schema.date') }).optional(),
  entity: z.string().max(100).optional(),
  threshold: z.coerce.number().int().min(PAY_THRESHOLD_RANGE.min).max(PAY_THRESHOLD_RANGE.max).optional(),
});

export const payCountsSchema = z.object({
  records: z.number().int(),
  women: z.number().int(),
  men: z.number().int(),
  other: z.number().int().meta({ description: 'sex X: counted in totals, left out of gaps' }),
  unclassified: z.number().int().meta({ description: 'no FUBE in force and no explicit category: "niet ingedeeld"' }),
});

export const payPeriodSchema = z.object({
  id: z.string(),
  referenceDate: z.string(),
  entityId: z.string().nullable().meta({ description: 'null: the whole organisation' }),
  importedBy: z.string(),
  importedByName: z.string().nullable(),
  importedAt: z.string(),
  sourceFormat: z.enum(['csv', 'logib']),
  threshold: z.number().int(),
  counts: payCountsSchema,
  /** What this caller may do with the period: the UI offers nothing else. */
  abilities: z.object({ readPersons: z.boolean(), import: z.boolean(), delete: z.boolean(), export: z.boolean() }),
});
export type PayPeriodView = z.infer<typeof payPeriodSchema>;
export const payPeriodListSchema = z.object({
  periods: z.array(payPeriodSchema),
  /** May this caller import a period (for the organisation or one of its entities)? */
  canImport: z.boolean(),
});
export type PayPeriodList = z.infer<typeof payPeriodListSchema>;

export const payRowErrorSchema = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});
export type PayRowErrorView = z.infer<typeof payRowErrorSchema>;

export const payImportResultSchema = z.object({
  period: z.string(),
  referenceDate: z.string(),
  entityId: z.string().nullable(),
  format: z.enum(['csv', 'logib']),
  committed: z.boolean().meta({ description: 'false: a row was rejected and partial was not asked (or nothing was valid), so nothing was written' }),
  replaced: z.boolean().meta({ description: 'an earlier import of this period was replaced' }),
  rows: z.number().int(),
  imported: z.number().int(),
  rejectedRows: z.number().int(),
  notInPopulation: z.number().int(),
  unclassified: z.number().int(),
  errors: z.array(payRowErrorSchema),
});
export type PayImportResult = z.infer<typeof payImportResultSchema>;

export const payRecordSchema = z.object({
  personKey: z.string(),
  line: z.number().int(),
  entityId: z.string().nullable(),
  sex: z.enum(['F', 'M', 'X']),
  age: z.number().int(),
  yearsOfService: z.number().int(),
  education: z.number().int(),
  fubeId: z.string().nullable(),
  category: z.string().nullable(),
  resolvedFamily: z.string().nullable(),
  resolvedClass: z.number().int().nullable(),
  position: z.number().int().nullable(),
  fte: z.number(),
  hoursPaid: z.number(),
  basicPay: z.number(),
  variablePay: z.number(),
});
export const payRecordsSchema = z.object({ period: z.string(), records: z.array(payRecordSchema) });
export type PayRecordsView = z.infer<typeof payRecordsSchema>;

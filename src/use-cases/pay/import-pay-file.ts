import { readPayFile } from '../../documents/pay/read-pay-file.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { type PayImportRequest, checkPayImport, importPay } from './import-pay.js';

/**
 * Imports the bytes of a pay file (our CSV or the Logib M1 sheet, recognised by content) as
 * a period: the caller and the request are checked first, so a refused caller's file is
 * never parsed; then read on the period's reference date and imported (import-pay.ts).
 */
export async function importPayFile(deps: UseCaseDeps, ctx: UseCaseContext, request: PayImportRequest, bytes: Uint8Array, options: { usualWeeklyHours?: number } = {}) {
  const { checked } = await checkPayImport(deps, ctx, request);
  const file = await readPayFile(bytes, { referenceDate: checked.referenceDate, ...(options.usualWeeklyHours !== undefined ? { usualWeeklyHours: options.usualWeeklyHours } : {}) });
  return importPay(deps, ctx, { ...request, referenceDate: checked.referenceDate }, file);
}

// A process that only awaits the calibration worker (no server listening, nothing else
// holding the event loop): it must get its answer, not end early (exit code 13).
import type { CalibrationFube } from '../../../src/domain/calibration/index.js';
import { CalibrationWorker } from '../../../src/use-cases/calibration/calibration-engine.js';

const fube = (id: string, klass: number): CalibrationFube => ({
  id,
  title: 'Medewerker loonadministratie',
  entityId: 'e1',
  familyId: 'f',
  values: { a: 2, b: 2, c: 2 },
  class: klass,
  suggestedClass: 15,
  decided: true,
  tie: null,
  adviserId: 'hr1',
  words: ['loonadministratie', 'verloning', 'attesten'],
});

const engine = new CalibrationWorker();
const result = await engine.compute('all', [fube('x1', 15), fube('x2', 15), fube('x3', 16)]);
await engine.close();
process.stdout.write(JSON.stringify({ kinds: result.findings.map((f) => f.kind) }));

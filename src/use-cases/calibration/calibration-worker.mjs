// The calibration worker thread (calibration-engine.ts): loads the TypeScript sources with
// tsx, as bin/weegschaal.mjs and the document worker do, and keeps per reach a
// CalibrationIndex. It receives only the FUBEs it does not have yet ('put'), then per request
// the ids of the reach in order ('compute'); an unchanged FUBE stays the same object, so the
// index redoes only what changed.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { CalibrationIndex, DEFAULT_THRESHOLDS } = await import('../../domain/calibration/index.ts');

const fubes = new Map();
const indexes = new Map();

parentPort.on('message', (message) => {
  if (message.task === 'put') {
    for (const fube of message.fubes) fubes.set(fube.id, fube);
    return;
  }
  if (message.task === 'drop') {
    indexes.delete(message.reach);
    return;
  }
  const { id, reach, ids } = message;
  try {
    let index = indexes.get(reach);
    if (index === undefined) indexes.set(reach, (index = new CalibrationIndex(DEFAULT_THRESHOLDS)));
    const list = ids.map((fubeId) => {
      const fube = fubes.get(fubeId);
      if (fube === undefined) throw new Error(`calibration worker: FUBE ${fubeId} was not sent`);
      return fube;
    });
    parentPort.postMessage({ id, ok: true, result: index.update(list) });
  } catch (error) {
    // An index that failed halfway is not trusted again.
    indexes.delete(reach);
    parentPort.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });

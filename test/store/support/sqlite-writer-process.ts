/**
 * A separate process on the SQLite file of a store test: opens its own store (running the
 * migrations like a freshly started server would) and, when given a FUBE, runs writers
 * that read, write on their base revision and retry on conflict.
 * Arguments: file [fubeId firstWriter count]. Prints `conflicts=<n>`.
 */
import { openStore } from '../../../src/store/index.js';

const [file, fubeId, first = '0', count = '0'] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: sqlite-writer-process <file> [fubeId firstWriter count]');
const store = await openStore({ file });
let conflicts = 0;
if (fubeId !== undefined) {
  const writer = async (n: number) => {
    for (;;) {
      const current = await store.fubes.get(fubeId);
      if (current === undefined) throw new Error(`FUBE ${fubeId} not found`);
      const content = { ...current.content, specificKnowledge: `${current.content.specificKnowledge}\nschrijver ${n}` };
      const outcome = await store.fubes.write(fubeId, { baseRevision: current.revision, content, actorId: `writer-${n}` });
      if (outcome?.ok === true) return;
      conflicts++;
    }
  };
  await Promise.all(Array.from({ length: Number(count) }, (_, i) => writer(Number(first) + i)));
}
await store.close();
console.log(`conflicts=${conflicts}`);

import type { ApiStore } from '../../src/server/ports.js';
import { MemoryStore } from './memory-store.js';

export interface Backend {
  name: string;
  open(): Promise<{ store: ApiStore; close(): Promise<void> }>;
}

/** The stores the API suite runs on. */
export const backends: Backend[] = [
  {
    name: 'the in-memory reference store',
    open: async () => ({ store: new MemoryStore(), close: async () => {} }),
  },
];

import type { Command } from 'commander';

export function registerWeighCommand(_program: Command): void {}

import type { Command } from 'commander';
import { registerFamilyCommands } from './family.js';
import { registerProfileCommand } from './profile.js';
import { registerWeighCommand } from './weigh.js';

/**
 * Every command group of the CLI. Adding a command: write `commands/<name>.ts` exporting a
 * `register...(program)` function and add it to this list.
 */
export type RegisterCommands = (program: Command) => void;

export const commandGroups: readonly RegisterCommands[] = [registerFamilyCommands, registerWeighCommand, registerProfileCommand];

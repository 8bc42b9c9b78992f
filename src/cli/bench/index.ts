/** Every `dolphin bench` subcommand; add one line per benchmark module. */
import type { Command } from 'commander';

export const benchRegistrations: ReadonlyArray<(bench: Command) => void> = [];

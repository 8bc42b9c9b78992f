#!/usr/bin/env node
// Entry point of the `dolphin` command: runs the compiled CLI (npm run build writes dist/).
//
// Every command but `host` runs in a worker thread with a large stack. Nautilus's matching engine
// recurses as deep as an order has size increments (a 1-unit fill updates the OUO sibling, whose
// resize updates this order, which fills 1 more, ...: 3,700 levels for a 3,700 DOGE take-profit on
// a zero-volume bar), and the host engine reproduces it call for call; the main thread's ~1 MB
// JavaScript stack held ~765 such levels. `host` (the live server) stays on the main thread, which
// receives its SIGINT / SIGTERM.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** The CLI thread's stack (address space reserved up front, memory used only as deep as it goes). */
const STACK_MB = 512;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cli', 'main.js');

if (isMainThread) {
  if (!existsSync(entry)) {
    process.stderr.write('dolphin: dist/ is missing; run `npm run setup` (or `npm run build`) first\n');
    process.exit(78);
  }
  const args = process.argv.slice(2);
  if (args[0] === 'host') {
    const { main } = await import(pathToFileURL(entry).href);
    process.exitCode = await main(args);
  } else {
    // A worker's stdout and stderr are pipes to this thread: it learns whether they are terminals
    // (progress bars) and their width from here.
    const tty = Object.fromEntries(['stdout', 'stderr'].map((n) => [n, { isTTY: process[n].isTTY === true, columns: process[n].columns }]));
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { args, tty }, resourceLimits: { stackSizeMb: STACK_MB } });
    let code = null;
    worker.on('message', (m) => {
      code = m;
    });
    worker.on('error', (err) => {
      process.stderr.write(`dolphin: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      code ??= 1;
    });
    worker.on('exit', (exitCode) => {
      process.exitCode = code ?? exitCode;
    });
  }
} else {
  for (const [name, t] of Object.entries(workerData.tty)) if (t.isTTY) Object.assign(process[name], { isTTY: true, columns: t.columns });
  const { main } = await import(pathToFileURL(entry).href);
  parentPort.postMessage(await main(workerData.args));
}

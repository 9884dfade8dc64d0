// Times chrono-node over a text file, article-sized chunk by chunk (chrono.parse per chunk, as a
// page would call it per article), and prints one JSON line: bytes, expressions found, wall and CPU
// seconds. Usage: node chrono_bench.mjs FILE CHUNK_BYTES [DCT]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const chrono = require('./node_modules/chrono-node');

const [file, chunkArg, dctArg] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const chunk = Number(chunkArg || 4000);
const ref = dctArg ? new Date(dctArg + 'T12:00:00Z') : new Date('2026-02-06T12:00:00Z');
// Chunks end at line breaks, so no sentence is cut.
const chunks = [];
for (let i = 0; i < text.length; ) {
  let j = Math.min(text.length, i + chunk);
  const nl = text.indexOf('\n', j);
  j = nl < 0 ? text.length : nl + 1;
  chunks.push(text.slice(i, j));
  i = j;
}
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let found = 0;
for (const c of chunks) found += chrono.parse(c, ref).length;
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ bytes: Buffer.byteLength(text, 'utf8'), chunks: chunks.length, found, wall, cpu: (cpu.user + cpu.system) / 1e6 }));

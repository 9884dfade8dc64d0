// Trims wasm-bindgen's JS glue for the page: drops its JSDoc and line comments (the same text is in
// quoteline.d.ts, where editors read it) and the indentation. About 1.9 KB gzipped of the 7.6 KB glue.
// Indentation goes only when no template literal spans lines (every line has an even number of
// backticks); the result is checked to parse.
//   node scripts/trim-glue.mjs pkg/quoteline.js
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const file = process.argv[2];
const src = readFileSync(file, 'utf8');
let out = src.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, '').replace(/^[ \t]*\/\/.*\n/gm, '');
if (out.split('\n').every((line) => line.split('`').length % 2 === 1)) out = out.replace(/^[ \t]+/gm, '');
writeFileSync(file, out);
try {
  execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
} catch (e) {
  writeFileSync(file, src);
  console.error(`trim-glue: ${file} did not parse once trimmed; left as built\n${e.stderr}`);
  process.exit(1);
}
console.log(`trim-glue: ${file} ${src.length} -> ${out.length} bytes`);

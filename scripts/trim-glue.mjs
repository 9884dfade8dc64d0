// Trims wasm-bindgen's JS glue for the page, and the names the glue and the wasm share:
// 1. drops the glue's JSDoc and line comments (the same text is in quoteline.d.ts, where editors read
//    it) and the indentation. About 1.9 KB gzipped of the 7.6 KB glue. Indentation goes only when no
//    template literal spans lines (every line has an even number of backticks).
// 2. renames the wasm's imports (module `./quoteline_bg.js` → `a`, each `__wbg_setAttribute_<16 hex
//    digits>` → `a`, `b`, …, `ab`, …) in the wasm's import section and in the glue's import object.
//    The hashes do not compress, and each was in both files: about 2.6 KB gzipped. Exports keep their
//    names (`init()` returns them, and quoteline.d.ts types them), but for the closure entry points
//    named with a hash (`wasm_bindgen__convert__closures_____invoke__h…`, new in every build), which
//    become `__wbg_invoke0`, … in the wasm, the glue and the .d.ts files. Every import key is checked
//    to be renamed exactly once, and the result to parse; on any doubt the files are left as built.
//    A snippet module the wasm imports from directly (a function that needs no conversion) becomes `b`.
// 3. minifies the inline_js snippet and the page's glue (an ES module) with terser, a pinned dev
//    dependency (package.json), but for the glue's passStringToWasm0 (below).
//    About 1.6 KB gzipped of the 9 KB the two files were.
//   node scripts/trim-glue.mjs pkg/quoteline.js        (renames imports of pkg/quoteline_bg.wasm)
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';

const file = process.argv[2];
const wasmFile = file.replace(/\.js$/, '_bg.wasm');
const src = readFileSync(file, 'utf8');
const wasmSrc = readFileSync(wasmFile);
const fail = (why) => {
  writeFileSync(file, src);
  writeFileSync(wasmFile, wasmSrc);
  console.error(`trim-glue: ${why}; ${file} and ${wasmFile} left as built`);
  process.exit(1);
};

const trim = (js) => {
  let t = js.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, '').replace(/^[ \t]*\/\/.*\n/gm, '');
  if (t.split('\n').every((line) => line.split('`').length % 2 === 1)) t = t.replace(/^[ \t]+/gm, '');
  return t;
};
let out = trim(src);

// Two pieces of wasm-bindgen's glue that cannot run on a browser able to run this wasm (it needs
// reference types: Chrome 96, Firefox 79, Safari 15, which all have TextEncoder.encodeInto): the
// encodeInto fallback, and passStringToWasm0's branch for a missing realloc (every call passes one).
// Each is dropped only when found exactly as wasm-bindgen 0.2.130 writes it.
const DEAD = [
  "if (!('encodeInto' in cachedTextEncoder)) {\ncachedTextEncoder.encodeInto = function (arg, view) {\nconst buf = cachedTextEncoder.encode(arg);\nview.set(buf);\nreturn {\nread: arg.length,\nwritten: buf.length\n};\n};\n}\n",
  "if (realloc === undefined) {\nconst buf = cachedTextEncoder.encode(arg);\nconst ptr = malloc(buf.length, 1) >>> 0;\ngetUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);\nWASM_VECTOR_LEN = buf.length;\nreturn ptr;\n}\n",
];
const everyCallHasRealloc = (out.match(/passStringToWasm0\(/g) || []).length - 1 === (out.match(/passStringToWasm0\([^()]*, wasm\.__wbindgen_malloc, wasm\.__wbindgen_realloc\)/g) || []).length;
for (const [i, dead] of DEAD.entries()) {
  if (i === 1 && !everyCallHasRealloc) continue;
  if (out.split(dead).length === 2) out = out.replace(dead, '');
}
// passStringToWasm0, which hands every string to the wasm (the article first), copies the string's
// ASCII start with a JS loop of charCodeAt, one character at a time; at the first other character it
// reallocates for 3 bytes a UTF-16 unit and lets TextEncoder.encodeInto write the rest, then
// reallocates to the length written. Here encodeInto writes the whole string into `arg.length` bytes,
// which is exact when it is ASCII (one call, no realloc); otherwise the rest is written as before
// (grow by 3 bytes a unit, then shrink). The length handed back is always that of the allocation
// after the last realloc, which is what Rust frees. Per article in Node: see BENCHMARKS.md section 2.
// Replaced only when found exactly as wasm-bindgen 0.2.130 writes it, once the branch above is gone.
const PASS_STRING = [
  'function passStringToWasm0(arg, malloc, realloc) {\n\nlet len = arg.length;\nlet ptr = malloc(len, 1) >>> 0;\n\nconst mem = getUint8ArrayMemory0();\n\nlet offset = 0;\n\nfor (; offset < len; offset++) {\nconst code = arg.charCodeAt(offset);\nif (code > 0x7F) break;\nmem[ptr + offset] = code;\n}\nif (offset !== len) {\nif (offset !== 0) {\narg = arg.slice(offset);\n}\nptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;\nconst view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);\nconst ret = cachedTextEncoder.encodeInto(arg, view);\n\noffset += ret.written;\nptr = realloc(ptr, len, offset, 1) >>> 0;\n}\n\nWASM_VECTOR_LEN = offset;\nreturn ptr;\n}\n',
  'function passStringToWasm0(arg, malloc, realloc) {\nlet len = arg.length;\nlet ptr = malloc(len, 1) >>> 0;\nlet { read, written } = cachedTextEncoder.encodeInto(arg, getUint8ArrayMemory0().subarray(ptr, ptr + len));\nif (read !== len) {\narg = arg.slice(read);\nptr = realloc(ptr, len, len = written + arg.length * 3, 1) >>> 0;\nwritten += cachedTextEncoder.encodeInto(arg, getUint8ArrayMemory0().subarray(ptr + written, ptr + len)).written;\nptr = realloc(ptr, len, written, 1) >>> 0;\n}\nWASM_VECTOR_LEN = written;\nreturn ptr;\n}\n',
];
if (everyCallHasRealloc && !out.includes(DEAD[1]) && out.split(PASS_STRING[0]).length === 2) out = out.replace(PASS_STRING[0], PASS_STRING[1]);
// `const ret = EXPR;` then `return ret;` on the next line (43 import functions) is `return EXPR;`.
out = out.replace(/^const ret = (.*);\nreturn ret;$/gm, 'return $1;');

// The JS snippets (src/web/dom.js, copied by wasm-bindgen to snippets/quoteline-HASH/src/web/dom.js)
// minified by terser (a dev dependency: package.json): their readable source, with its comments, stays
// in src/web/. Exported names are kept (module mode); only the snippet's own locals are renamed. The
// glue is only trimmed: tests/glue reads passStringToWasm0's source.
const { minify } = await import('terser');
const snippets = join(dirname(file), 'snippets');
for (const rel of existsSync(snippets) ? readdirSync(snippets, { recursive: true }) : []) {
  if (!rel.endsWith('.js')) continue;
  {
    const path = join(snippets, rel);
    const before = readFileSync(path, 'utf8');
    let after;
    try {
      after = (await minify(before, { module: true, compress: { passes: 2 }, mangle: true })).code;
    } catch (e) {
      fail(`terser could not minify ${path}: ${e.message}`);
    }
    writeFileSync(path, after);
    try {
      execFileSync(process.execPath, ['--check', path], { stdio: 'pipe' });
    } catch (e) {
      writeFileSync(path, before);
      fail(`${path} did not parse once trimmed\n${e.stderr}`);
    }
  }
}

// ---- the wasm's import section (binary format: section id 2, a vector of (module, name, desc)) ----
const MODULE = './quoteline_bg.js';
const uleb = (buf, at) => {
  let n = 0, shift = 0, b;
  do { b = buf[at++]; n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [n, at];
};
const leb = (n) => {
  const bytes = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; bytes.push(b); } while (n);
  return bytes;
};
const name = (s) => { const b = Buffer.from(s, 'utf8'); return [...leb(b.length), ...b]; };
// a, b, …, Z, then aa, ab, …: never a JavaScript keyword that matters as an object key, and unique.
const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const short = (i) => (i < ALPHA.length ? ALPHA[i] : short(Math.floor(i / ALPHA.length) - 1) + ALPHA[i % ALPHA.length]);

const renamed = new Map(); // import name → new name
let nextName = 0;
const snippetModules = new Set(); // snippet modules imported from directly, renamed `b`
const exportsRenamed = new Map(); // export name with a hash → new name
if (wasmSrc.readUInt32LE(0) !== 0x6d736100) fail(`${wasmFile} is not a wasm module`);
const parts = [wasmSrc.subarray(0, 8)];
let at = 8;
while (at < wasmSrc.length) {
  const id = wasmSrc[at];
  const [size, body] = uleb(wasmSrc, at + 1);
  const end = body + size;
  let content = null;
  if (id === 2) {
    let [count, p] = uleb(wasmSrc, body);
    const entries = [];
    for (let i = 0; i < count; i++) {
      const [ml, m0] = uleb(wasmSrc, p);
      const mod = wasmSrc.toString('utf8', m0, m0 + ml);
      const [fl, f0] = uleb(wasmSrc, m0 + ml);
      const field = wasmSrc.toString('utf8', f0, f0 + fl);
      const d0 = f0 + fl;
      // The import's description: kind, then a type index (func), a table type, a memory type or a
      // global type; what follows is copied as is, so only its length is read here.
      const kind = wasmSrc[d0];
      let d1;
      if (kind === 0) d1 = uleb(wasmSrc, d0 + 1)[1];
      else if (kind === 1 || kind === 2) {
        const q = kind === 1 ? d0 + 2 : d0 + 1; // a table has its element type first
        const flags = wasmSrc[q];
        d1 = uleb(wasmSrc, q + 1)[1];
        if (flags & 1) d1 = uleb(wasmSrc, d1)[1];
      } else if (kind === 3) d1 = d0 + 3;
      else fail(`import kind ${kind} is unknown`);
      if (mod === 'a' && i === 0) {
        console.log(`trim-glue: ${wasmFile} has its imports renamed already`);
        break;
      }
      if (mod.startsWith('./snippets/') && !mod.includes('"')) {
        // A snippet's function that wasm-bindgen imports as it is (no conversion to make): its module
        // (a path with a hash, in both files) becomes `b`; the function keeps its exported name.
        snippetModules.add(mod);
        entries.push(Buffer.from([...name('b'), ...name(field)]), wasmSrc.subarray(d0, d1));
        p = d1;
        continue;
      }
      if (mod !== MODULE) fail(`an import from ${JSON.stringify(mod)} (only ${MODULE} and snippets are expected)`);
      const to = short(nextName++);
      renamed.set(field, to);
      entries.push(Buffer.from([...name('a'), ...name(to)]), wasmSrc.subarray(d0, d1));
      p = d1;
    }
    if (renamed.size) {
      if (p !== end) fail('the import section did not read to its end');
      content = Buffer.concat([Buffer.from(leb(count)), ...entries]);
    }
  } else if (id === 7) {
    // Exports keep their names, but for the closure entry points whose names end in a hash
    // (`wasm_bindgen__convert__closures_____invoke__h<16 hex digits>`, new in every build).
    let [count, p] = uleb(wasmSrc, body);
    const entries = [];
    const names = [];
    for (let i = 0; i < count; i++) {
      const [nl, n0] = uleb(wasmSrc, p);
      names.push(wasmSrc.toString('utf8', n0, n0 + nl));
      const d1 = uleb(wasmSrc, n0 + nl + 1)[1]; // kind, index
      entries.push([names[i], wasmSrc.subarray(n0 + nl, d1)]);
      p = d1;
    }
    if (p !== end) fail('the export section did not read to its end');
    for (const n of names.filter((n) => /_h[0-9a-f]{16}$/.test(n))) {
      let k = exportsRenamed.size, to;
      while (names.includes((to = `__wbg_invoke${k}`))) k++;
      exportsRenamed.set(n, to);
    }
    if (exportsRenamed.size) {
      content = Buffer.concat([Buffer.from(leb(count)), ...entries.flatMap(([n, rest]) => [Buffer.from(name(exportsRenamed.get(n) ?? n)), rest])]);
    }
  }
  parts.push(content ? Buffer.concat([Buffer.from([id, ...leb(content.length)]), content]) : wasmSrc.subarray(at, end));
  at = end;
}
const wasmOut = Buffer.concat(parts);

// ---- the glue's import object: `NAME: function(…)` keys and the module key ----
if (renamed.size) {
  for (const [from, to] of renamed) {
    const key = new RegExp(`(^|[\\s{,])${from}(\\s*:)`, 'gm');
    const hits = out.match(key);
    if (!hits || hits.length !== 1) fail(`the glue has ${hits ? hits.length : 'no'} import key ${from}`);
    out = out.replace(key, `$1${to}$2`);
  }
  const moduleKey = `"${MODULE}": import0`;
  if (out.split(moduleKey).length !== 2) fail(`the glue has no single ${moduleKey}`);
  out = out.replace(moduleKey, 'a: import0');
  if (out.includes(MODULE)) fail(`the glue still names ${MODULE}`);
  if (snippetModules.size > 1) fail('imports from more than one snippet module');
  for (const mod of snippetModules) {
    // One key per function imported so (wasm-bindgen writes an `import * as importN` of the same
    // module for each): all become `b`, the same namespace object.
    const key = `"${mod}": import`;
    if (out.split(key).length < 2) fail(`the glue has no ${key}`);
    out = out.replaceAll(key, 'b: import');
  }
} else if (!out.includes('a: import0')) fail('the wasm has no imports from ' + MODULE);

// ---- the renamed exports, wherever the glue and the type declarations name them ----
const typeFiles = [file.replace(/\.js$/, '.d.ts'), wasmFile + '.d.ts'].filter(existsSync);
const types = typeFiles.map((f) => [f, readFileSync(f, 'utf8')]);
for (const [from, to] of exportsRenamed) {
  const word = new RegExp(`\\b${from}\\b`, 'g');
  if (!word.test(out)) fail(`the glue does not name the export ${from}`);
  out = out.replace(word, to);
  for (const t of types) t[1] = t[1].replace(word, to);
}

// ---- the glue minified by terser (an ES module only) ----
// But for passStringToWasm0, which hands every string to the wasm: it stays as written above (tests/glue
// reads and runs its source), set aside and appended again (a function declaration: hoisted). Terser
// must then keep the names it uses (WASM_VECTOR_LEN, cachedTextEncoder, getUint8ArrayMemory0) and
// their declarations, and must not assume WASM_VECTOR_LEN keeps its first value (no reduce_vars) or
// move its reads around the calls that set it (no collapse_vars).
const PASS = /function passStringToWasm0\(arg, malloc, realloc\) \{\n[\s\S]*?\nreturn ptr;\n\}\n/;
const pass = out.match(PASS)?.[0];
if (pass && /^export \{[^}]*\bas default\b/m.test(out)) {
  const kept = ['WASM_VECTOR_LEN', 'cachedTextEncoder', 'getUint8ArrayMemory0'];
  let min;
  try {
    min = (await minify(out.replace(pass, ''), {
      module: true,
      compress: { passes: 2, reduce_vars: false, collapse_vars: false, unused: false },
      mangle: { reserved: ['passStringToWasm0', ...kept] },
    })).code;
  } catch (e) {
    fail(`terser could not minify ${file}: ${e.message}`);
  }
  for (const n of kept) if (!new RegExp(`(const|let|var|function) ${n}\\b`).test(min)) fail(`the minified glue lost ${n}`);
  out = `${min}\n${pass}`;
}

writeFileSync(file, out);
writeFileSync(wasmFile, wasmOut);
try {
  execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
  await WebAssembly.compile(wasmOut);
} catch (e) {
  fail(`did not parse once trimmed\n${e.stderr || e}`);
}
for (const [f, t] of types) writeFileSync(f, t);
console.log(`trim-glue: ${file} ${src.length} -> ${out.length} bytes; ${wasmFile} ${wasmSrc.length} -> ${wasmOut.length} bytes (${renamed.size} imports and ${exportsRenamed.size} exports renamed)`);

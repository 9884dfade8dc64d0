import { createRequire } from 'node:module';
import { articles } from './corpus.mjs';
const require = createRequire(import.meta.url);
const ql = require('/tmp/perf4-prof/quoteline.js');
const corpus = articles(200);
const opts = { published: '2026-02-06' };
for (let r = 0; r < 60; r++) for (const t of corpus) ql.extract(t, opts);

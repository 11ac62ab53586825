#!/usr/bin/env node
// Per-set eval figures as one Markdown table (the README's): node scripts/eval-table.mjs
import { execFileSync } from 'node:child_process';
const sets = [['first 44', 'a- b- c- d-'], ['`e-*` (12)', 'e-'], ['`f-*` (16)', 'f-'], ['`g-*` (14)', 'g-'], ['`h-*`, `i-*` (16)', 'h- i-'], ['`j-*`, `k-*` (16)', 'j- k-'], ['`l-*`, `m-*` (12)', 'l- m-'], ['`n-*`, `o-*` (12)', 'n- o-'], ['`p-*`, `q-*` (12)', 'p- q-'], ['`r-*`, `s-*` (12)', 'r- s-'], ['`t-*` (6)', 't-'], ['`u-*` (8)', 'u-'], ['`v-*` (8)', 'v-'], ['`w-*` (8)', 'w-'], ['`x-*` (8)', 'x-'], ['`z-*` (8)', 'z-'], ['`y-*` (8)', 'y-'], ['`ab-*` (8)', 'ab-'], ['`ac-*` (8)', 'ac-'], ['`ad-*` (8)', 'ad-'], ['`ae-*` (8)', 'ae-'], ['`af-*` (8)', 'af-'], ['all', '']];
const run = (p) => JSON.parse(execFileSync(process.execPath, ['scripts/eval.mjs', '--json', ...p.split(' ').filter(Boolean)], { encoding: 'utf8' }));
const rows = sets.map(([name, p]) => [name, run(p)]);
const line = (label, f) => `| ${label} | ${rows.map(([, r]) => f(r)).join(' | ')} |`;
console.log(`| figure | ${rows.map(([n]) => n).join(' | ')} |`);
console.log(`|---|${rows.map(() => '---').join('|')}|`);
console.log(line('rank correlation, quality vs score (Spearman)', (r) => r.spearmanQualityScore.toFixed(2)));
console.log(line('recall of labelled gaps', (r) => `${Math.round(r.recall.percent)}% (${r.recall.found}/${r.recall.labels})`));
console.log(line('precision of warnings and errors', (r) => `${Math.round(r.precision.percent)}% (${r.precision.expected}/${r.precision.findings})`));
console.log(line('scores inside their band', (r) => `${r.scoreInBand.inBand}/${r.scoreInBand.files}`));
console.log(line('warnings and errors per answer', (r) => String(r.findingsPerAnswer.warningOrError)));
console.log(line('errors on answers with no gap', (r) => `${r.errorsOnAnswersWithoutExpects.errors} (of ${r.errorsOnAnswersWithoutExpects.answers})`));

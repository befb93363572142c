import * as api from '@editops/auto';
import {setFlagsFromString} from 'node:v8'; import {runInNewContext} from 'node:vm'; setFlagsFromString('--expose-gc'); const gc = runInNewContext('gc');
const million = Array.from({ length: 1_000_000 }, (_, i) => `w${(i * 7919) % 100_003}x${i % 89}`);
async function longestStall(work) {
  gc(); let last = performance.now(), longest = 0; const gaps=[];
  const t = setInterval(() => { const now = performance.now(); if (now-last>25) gaps.push([Math.round(now-last), Math.round(now)]); longest = Math.max(longest, now - last); last = now; }, 1);
  last = performance.now(); await work(); longest = Math.max(longest, performance.now() - last); clearInterval(t); return [Math.round(longest), gaps];
}
const opt = process.argv[2] === 'metric' ? { metric: 'jaroWinkler' } : process.argv[2] === 'none' ? {} : { scorer: process.argv[2] };
for (let a = 0; a < 4; a++) {
  const fresh = [...million];
  console.log(a, 'first', JSON.stringify(await longestStall(() => api.extractAsync('w12345x7', fresh, { limit: 10, threads: 2, ...opt }))), 'rep', JSON.stringify(await longestStall(() => api.extractAsync('w12345x7', fresh, { limit: 10, threads: 2, ...opt }))));
}

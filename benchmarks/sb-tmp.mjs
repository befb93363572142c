const native = await import('@editops/native');
import approx from 'approx-string-match';
import { readFileSync } from 'node:fs';
import { createRng } from './src/prng.mjs';
const words = readFileSync('/usr/share/dict/words','utf8').split('\n').filter(w=>/^[a-z]+$/.test(w));
const rng = createRng(18); const parts=[]; let size=0;
while (size < 1e6) { const w = words[rng.int(words.length)] + (rng.int(12)===0?'. ':' '); parts.push(w); size+=w.length; }
const t = parts.join('').slice(0,1e6);
const chars = Array.from(t.slice(500000, 500032)); chars[5]='q'; chars[20]='q'; const p = chars.join('');
const cpu = (f, n) => { f(); const s=process.cpuUsage(); for(let i=0;i<n;i++) f(); const u=process.cpuUsage(s); return ((u.user+u.system)/1000/n).toFixed(2); };
for (let r=0;r<3;r++) console.log('native utf16', cpu(()=>native.searchBest(p,t,{maxDistance:3, unit:'utf16'}),20), 'ms cpu; approx', cpu(()=>approx(t,p,3),3));
const short = t.slice(0, 1000);
console.log('native 1KB', cpu(()=>native.searchBest(p,short,{maxDistance:3, unit:'utf16'}),2000));

// Renders nianbao HTML files in headless Chromium at phone and desktop width
// and as printed (print media, the 156 mm text block of an A4 page), saves
// screenshots, checks that the page never scrolls sideways, measures how
// far justification spreads the characters of the body text, and runs
// axe-core. Usage: node check.mjs OUTDIR FILE.html...
// Prints one JSON object per file and exits 1 if a page scrolls sideways or
// axe finds a serious violation; the Go test judges the gaps.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [outDir, ...files] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
let failed = false;
for (const file of files) {
  const result = { file, widths: {}, axe: [] };
  for (const width of [375, 390, 1280, 'print']) {
    const print = width === 'print';
    const page = await browser.newPage({ viewport: { width: print ? 590 : width, height: 800 } });
    if (print) await page.emulateMedia({ media: 'print' });
    await page.goto('file://' + resolve(file));
    const gaps = await page.evaluate(measureGaps);
    const titleLines = await page.evaluate(lineTexts, 'h1');
    const m = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      tables: [...document.querySelectorAll('table')].map(t => {
        const box = t.parentElement.getBoundingClientRect();
        return { id: t.id, wrapWidth: Math.round(box.width), tableWidth: Math.round(t.scrollWidth) };
      }),
    }));
    const shot = `${outDir}/${basename(file, '.html')}-${width}.png`;
    await page.screenshot({ path: shot, fullPage: true });
    result.widths[width] = { ...m, gaps, titleLines, overflow: m.scrollWidth > m.clientWidth, screenshot: shot };
    if (m.scrollWidth > m.clientWidth) failed = true;
    if (width === 1280) {
      await page.addScriptTag({ content: axeSource });
      const axe = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
      });
      result.axe = axe;
      if (axe.some(v => v.impact === 'serious' || v.impact === 'critical')) failed = true;
    }
    await page.close();
  }
  console.log(JSON.stringify(result));
}
await browser.close();
process.exit(failed ? 1 : 0);

// lineTexts runs in the page: the text of each line of the first element
// matching selector, as laid out.
function lineTexts(selector) {
  const el = document.querySelector(selector);
  const lines = [];
  if (!el) return lines;
  let top = null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (let i = 0; i < n.data.length; i++) {
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const box = range.getClientRects()[0];
      if (!box) continue;
      if (top === null || Math.abs(box.top - top) > 2) {
        lines.push('');
        top = box.top;
      }
      lines[lines.length - 1] += n.data[i];
    }
  }
  return lines;
}

// measureGaps runs in the page: for every pair of neighbouring characters on
// one line of a paragraph or heading, the space justification added after
// the first (its advance beyond its natural width, measured on a canvas in
// the same font, in em). Chromium puts that space into the advance, so the
// boxes of the characters touch. It returns the widest inside a number or
// Latin word and between two Han characters, with their lines.
function measureGaps() {
  const alnum = /[0-9A-Za-z]/, han = /\p{Script=Han}/u;
  const ctx = document.createElement('canvas').getContext('2d');
  const out = { latin: 0, latinLine: '', cjk: 0, cjkLine: '' };
  for (const el of document.querySelectorAll('.report p, .report h2, .report h3, .report h4, .report h5')) {
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    ctx.font = style.font;
    const chars = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) {
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const box = range.getClientRects()[0];
        if (box) chars.push({ c: n.data[i], left: box.left, top: box.top });
      }
    }
    const line = top => chars.filter(x => Math.abs(x.top - top) < 2).map(x => x.c).join('');
    for (let i = 1; i < chars.length; i++) {
      const a = chars[i - 1], b = chars[i];
      if (Math.abs(a.top - b.top) > 2) continue;
      const extra = (b.left - a.left - ctx.measureText(a.c).width) / size;
      if (alnum.test(a.c) && alnum.test(b.c) && extra > out.latin) {
        out.latin = extra;
        out.latinLine = line(a.top);
      } else if (han.test(a.c) && han.test(b.c) && extra > out.cjk) {
        out.cjk = extra;
        out.cjkLine = line(a.top);
      }
    }
  }
  return out;
}

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
    const { gaps, titleLines, loneLabels } = await page.evaluate(measureText);
    const m = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      tables: [...document.querySelectorAll('table')].map(t => {
        const box = t.parentElement.getBoundingClientRect();
        return { id: t.id, wide: t.matches('.wide, .widest'), wrapWidth: Math.round(box.width),
                 wrapHeight: Math.round(box.height), tableWidth: Math.round(t.scrollWidth) };
      }),
    }));
    const shot = `${outDir}/${basename(file, '.html')}-${width}.png`;
    await page.screenshot({ path: shot, fullPage: true });
    result.widths[width] = { ...m, gaps, titleLines, loneLabels, overflow: m.scrollWidth > m.clientWidth, screenshot: shot };
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

// measureText runs in the page. For every pair of neighbouring characters
// on one line of a paragraph or heading it measures the space justification
// added after the first: its advance beyond its natural width (measured on a
// canvas in the same font), in em; Chromium puts that space into the
// advance, so the boxes of the characters touch. It returns the widest inside
// a number or Latin word and between two Han characters, with their lines,
// the title's lines as laid out, and the table labels that wrap a single
// Han character onto a line of its own.
function measureText() {
  // chars lists the characters of an element with their boxes.
  const chars = el => {
    const out = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) {
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const box = range.getClientRects()[0];
        if (box) out.push({ c: n.data[i], left: box.left, top: box.top });
      }
    }
    return out;
  };
  const sameLine = (a, b) => Math.abs(a.top - b.top) <= 2;
  const lineOf = (cs, c) => cs.filter(x => sameLine(x, c)).map(x => x.c).join('');
  const alnum = /[0-9A-Za-z]/, han = /\p{Script=Han}/u;
  const ctx = document.createElement('canvas').getContext('2d');
  const gaps = { latin: 0, latinLine: '', cjk: 0, cjkLine: '' };
  for (const el of document.querySelectorAll('.report p, .report h2, .report h3, .report h4, .report h5')) {
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    ctx.font = style.font;
    const cs = chars(el);
    for (let i = 1; i < cs.length; i++) {
      const a = cs[i - 1], b = cs[i];
      if (!sameLine(a, b)) continue;
      const extra = (b.left - a.left - ctx.measureText(a.c).width) / size;
      if (alnum.test(a.c) && alnum.test(b.c) && extra > gaps.latin) {
        gaps.latin = extra;
        gaps.latinLine = lineOf(cs, a);
      } else if (han.test(a.c) && han.test(b.c) && extra > gaps.cjk) {
        gaps.cjk = extra;
        gaps.cjkLine = lineOf(cs, a);
      }
    }
  }
  // lines splits an element's characters into its laid-out lines.
  const lines = el => {
    const out = [];
    const cs = chars(el);
    cs.forEach((c, i) => {
      if (i === 0 || !sameLine(cs[i - 1], c)) out.push('');
      out[out.length - 1] += c.c;
    });
    return out;
  };
  const title = document.querySelector('h1');
  const titleLines = title ? lines(title) : [];
  // Table labels with a line of a single Han character ("结/果/维/持").
  const loneLabels = [...document.querySelectorAll('.report th')].map(lines)
    .filter(ls => ls.length > 1 && ls.some(l => [...l].filter(c => han.test(c)).length === 1 && [...l].length === 1))
    .map(ls => ls.join('/'));
  return { gaps, titleLines, loneLabels };
}

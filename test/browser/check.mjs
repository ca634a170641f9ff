// Renders nianbao HTML files in headless Chromium at phone and desktop width,
// saves screenshots, checks that the page never scrolls sideways and runs
// axe-core. Usage: node check.mjs OUTDIR FILE.html...
// Prints one JSON object per file and exits 1 if any check fails.
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
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto('file://' + resolve(file));
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
    result.widths[width] = { ...m, overflow: m.scrollWidth > m.clientWidth, screenshot: shot };
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

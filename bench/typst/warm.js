// Times Typst's compiler within one process, for bench/run.sh: one
// compiler (fonts loaded once, as nianbao parses its fonts once a process),
// the document compiled again and again with Typst's memoization emptied
// in between, so that each compile lays the whole document out anew:
//   node bench/typst/warm.js in.typ [rounds]
// Prints the median cpu time (user + system, all threads) of a compile in
// milliseconds.
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [input, rounds = '11'] = process.argv.slice(2);
const fonts = path.join(__dirname, '..', '..', 'fonts');
const compiler = NodeCompiler.create({ workspace: path.dirname(path.resolve(input)), fontArgs: [{ fontPaths: [fonts] }] });
const src = fs.readFileSync(input, 'utf8');
compiler.pdf({ mainFileContent: src }); // loads the fonts
const times = [];
for (let i = 0; i < Number(rounds); i++) {
  compiler.evictCache(0);
  const start = process.cpuUsage();
  compiler.pdf({ mainFileContent: src });
  const used = process.cpuUsage(start);
  times.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
console.log(times[Math.floor(times.length / 2)].toFixed(1));

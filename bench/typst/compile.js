// Compiles a Typst file to PDF with nianbao's fonts, for bench/run.sh:
//   node bench/typst/compile.js in.typ out.pdf
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [input, output] = process.argv.slice(2);
const fonts = path.join(__dirname, '..', '..', 'fonts');
const compiler = NodeCompiler.create({ workspace: path.dirname(path.resolve(input)), fontArgs: [{ fontPaths: [fonts] }] });
const pdf = compiler.pdf({ mainFileContent: fs.readFileSync(input, 'utf8') });
fs.writeFileSync(output, pdf);

// ExcelJS for Node, as package.json's "imports" maps #exceljs: its single-file build, which loads
// several times faster than its lib/ (hundreds of files, with archiver, unzipper and fast-csv that
// Duban never uses) and is the same code the task pane bundles. Required here rather than imported
// so that Node does not scan the 0.9 MB bundle for named exports (cjs-module-lexer, ~70 ms).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module: require is how it loads one.
const ExcelJS = require('exceljs/dist/exceljs.bare.min.js');

module.exports = ExcelJS;

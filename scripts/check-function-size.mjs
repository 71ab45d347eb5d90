// Lists functions longer than a limit (default 80 lines), longest first: the issue's "no
// function longer than about 80 lines except declarative tables". Reads TypeScript and
// JavaScript with the TypeScript compiler's parser; a function's length is from its first line
// to its last, nested functions included (an inner function is listed on its own as well).
// Test files are left out (a describe block is a list of cases) unless --tests is given.
// Usage: node scripts/check-function-size.mjs [--max N] [--strict] [--tests] [paths…]   (default: src test scripts bench)
// --strict exits 1 when any function is over the limit.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const max = Number(option('--max') ?? 80);
const strict = args.includes('--strict');
const withTests = args.includes('--tests');
const roots = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--max');
const SOURCE = /\.(ts|tsx|mjs|js)$/;

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) if (entry !== 'node_modules' && !entry.startsWith('.')) yield* files(join(path, entry));
  } else if (SOURCE.test(path) && !path.endsWith('.d.ts') && (withTests || !/\.test\.tsx?$/.test(path))) yield path;
}

/** A readable name for a function node: its own, or the variable, property or method it is assigned to. */
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) return parent.name.getText();
  return '(anonymous)';
}

const long = [];
for (const root of roots.length > 0 ? roots : ['src', 'test', 'scripts', 'bench']) {
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > max) long.push({ where: `${relative('.', file)}:${start + 1}`, name: nameOf(node), lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}
long.sort((a, b) => b.lines - a.lines);
for (const { where, name, lines } of long) console.log(`${String(lines).padStart(4)} lines  ${name}  ${where}`);
console.log(long.length === 0 ? `No function over ${max} lines.` : `${long.length} function(s) over ${max} lines.`);
if (strict && long.length > 0) process.exit(1);

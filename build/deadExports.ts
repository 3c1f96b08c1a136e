/**
 * A dead-export check (`npx tsx build/deadExports.ts [folder…]`): lists
 * exported names of the source folders that no other file of the repository
 * mentions. Textual on purpose (quick, no dependency): a name used only in
 * its own file is reported as “only used in its own file” (drop the export);
 * a name found nowhere else is dead. Tests count as users.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const SCANNED = ['electron', 'shared', 'renderer', 'bin', 'build', 'test'];
const EXTENSIONS = /\.(ts|tsx|mts|mjs)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(rel);
    return EXTENSIONS.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });
}

function exportedNames(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  return names;
}

const targets = process.argv.slice(2);
const all = [...SCANNED.flatMap(filesUnder), ...readdirSync(root).filter((f) => EXTENSIONS.test(f))];
const texts = new Map(all.map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));
const checked = all.filter((f) => !f.startsWith('test/') && (targets.length === 0 || targets.some((t) => f.startsWith(t))));
let dead = 0;
for (const file of checked) {
  const text = texts.get(file)!;
  for (const name of exportedNames(file, text)) {
    const word = new RegExp(`\\b${name}\\b`);
    const elsewhere = all.some((other) => other !== file && word.test(texts.get(other)!));
    if (elsewhere) continue;
    const uses = text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
    console.log(`${file}: ${name}${uses > 1 ? ' (only used in its own file)' : ''}`);
    dead++;
  }
}
console.log(dead === 0 ? 'no dead exports' : `${dead} exports no other file uses`);

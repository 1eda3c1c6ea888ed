// The bundles shorten every property named _x (scripts/build-config.mjs: terser's property
// mangling). That is safe only while each such name is a private member of one of our
// classes: a page, a framework or a subclass never sees it, and no data field is read by it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const sources = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => join('src', file));

const isPrivate = (node) => node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword) ?? false;
const MANGLED = /^_[a-zA-Z]/;

test('every _x property name in src/ is a private member (so mangling it changes nothing outside)', () => {
  const privates = new Set();
  const uses = [];
  for (const file of sources) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      const member =
        ts.isPropertyDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isGetAccessorDeclaration(node) ||
        ts.isSetAccessorDeclaration(node) ||
        (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent));
      if (member && ts.isIdentifier(node.name) && MANGLED.test(node.name.text)) {
        if (isPrivate(node)) privates.add(node.name.text);
        else uses.push(`${file}: ${node.name.text} is declared, not private`);
      }
      // Property names used anywhere: x._a, { _a: … }, x['_a'].
      const name = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)
          ? node.name.getText(source).replace(/^['"]|['"]$/g, '')
          : ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)
            ? node.argumentExpression.text
            : undefined;
      if (name !== undefined && MANGLED.test(name)) uses.push({ file, name });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const declared = uses.filter((use) => typeof use === 'string');
  assert.deepEqual(declared, [], 'members named _x must be private');
  const strays = uses.filter((use) => typeof use !== 'string' && !privates.has(use.name)).map(({ file, name }) => `${file}: ${name}`);
  assert.deepEqual(strays, [], 'properties named _x that are no private member (the bundles would rename them)');
  assert.ok(privates.size > 0, 'the convention is in use');
});

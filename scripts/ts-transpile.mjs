// A rollup plugin that compiles our TypeScript one file at a time (ts.transpileModule).
//
// tsconfig.json has isolatedModules and verbatimModuleSyntax, so each file compiles alone
// to exactly what a whole-program build emits; type-checking is `npm run typecheck`'s job.
// This keeps builds fast (the size check bundles every entry again), where
// @rollup/plugin-typescript type-checks the whole program on every build.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const TSLIB = require.resolve('tslib/tslib.es6.js');

function compilerOptions(tsconfig) {
  const { config, error } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd());
  return {
    ...options,
    module: ts.ModuleKind.ESNext,
    // One copy of the decorator helper for the whole bundle, not one per file.
    importHelpers: true,
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    inlineSources: true,
    inlineSourceMap: false,
    noEmit: false,
    emitDeclarationOnly: false,
  };
}

export function tsTranspile({ tsconfig = './tsconfig.json' } = {}) {
  const options = compilerOptions(tsconfig);
  return {
    name: 'wisg-ts-transpile',
    resolveId(source, importer) {
      if (source === 'tslib') return TSLIB;
      // Our sources import './x.js' for './x.ts', as TypeScript wants. They keep their side
      // effects (the define calls): node-resolve would otherwise apply package.json's
      // "sideEffects", which describes dist/, to src/ as well.
      if (!importer || /^\.\.?\//.test(source)) {
        const base = importer ? resolve(dirname(importer), source) : resolve(source);
        for (const file of [base.replace(/\.js$/, '.ts'), base]) {
          if (file.endsWith('.ts') && existsSync(file)) return { id: file, moduleSideEffects: true };
        }
      }
      return null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts') || id.endsWith('.d.ts')) return null;
      const { outputText, sourceMapText, diagnostics } = ts.transpileModule(code, { compilerOptions: options, fileName: id, reportDiagnostics: true });
      for (const diagnostic of diagnostics ?? []) this.warn(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      return { code: outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: sourceMapText };
    },
  };
}

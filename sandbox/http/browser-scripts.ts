import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const PUBLIC_DIR = path.join(__dirname, '..', 'public');
const compiled = new Map<string, string>();

/**
 * The host's browser code is TypeScript under sandbox/public, type-checked with the rest of the
 * project and stripped to JavaScript on first request. Each file runs as an ES module.
 */
export const browserScript = (name: 'global-bridge' | 'host-page'): string => {
  const cached = compiled.get(name);
  if (cached !== undefined) return cached;
  const source = readFileSync(path.join(PUBLIC_DIR, `${name}.ts`), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
    fileName: `${name}.ts`,
  });
  compiled.set(name, outputText);
  return outputText;
};

export const hostStylesheet = (): string => readFileSync(path.join(PUBLIC_DIR, 'host.css'), 'utf8');

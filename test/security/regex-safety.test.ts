/**
 * No regular expression in the project may backtrack catastrophically. Every regex literal in
 * src/ is found with the TypeScript parser and checked by recheck (an automaton-based ReDoS checker):
 * exponential patterns are always refused; polynomial ones (quadratic or worse on a long input,
 * which a 1 MB line of spaces turns into a hang) are refused unless listed in BOUNDED_INPUT with
 * the reason the input they run on is short.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';

/** Polynomial patterns allowed because their input is bounded: `file /pattern/` → why. */
const BOUNDED_INPUT: Record<string, string> = {
  'src/components/sentences/sentence-component.ts /([\\p{L}.]+)$/': 'runs on at most the 12 characters before a full stop',
};

interface FoundRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function regexLiterals(file: string): FoundRegex[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const slash = literal.lastIndexOf('/');
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ file, line: line + 1, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function verdict(regex: FoundRegex): string | null {
  const result = checkSync(regex.source, regex.flags, { timeout: 10_000 });
  if (result.status === 'safe') return null;
  const where = `${regex.file}:${regex.line}`;
  const complexity = result.status === 'vulnerable' ? result.complexity : null;
  if (complexity?.type === 'polynomial' && BOUNDED_INPUT[`${regex.file} /${regex.source}/`]) return null;
  const what = complexity ? `${complexity.type}${complexity.type === 'polynomial' ? ` degree ${complexity.degree}` : ''}` : result.status;
  return `${where} /${regex.source}/${regex.flags} is ${what}`;
}

const regexes = sourceFiles('src').flatMap(regexLiterals);

test('the project has regular expressions to check (the finder works)', () => {
  assert.ok(regexes.length > 10, `found only ${regexes.length}`);
});

test('no regular expression in src/ can backtrack catastrophically', () => {
  const unsafe = regexes.map(verdict).filter((v): v is string => v !== null);
  assert.deepEqual(unsafe, []);
});

test('the detector itself refuses a known catastrophic pattern', () => {
  assert.notEqual(verdict({ file: 'self-check', line: 0, source: '^(a+)+$', flags: '' }), null);
});

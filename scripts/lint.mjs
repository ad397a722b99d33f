#!/usr/bin/env node
/**
 * `npm run lint` (and a step of `npm test`): Prettier's check, ESLint and lit-analyzer, run side by side. Prints the
 * problems each tool finds, then one line, `lint: eslint ok, lit-analyzer ok, prettier ok` (or each tool's count of
 * problems), and exits non-zero if any tool found one. Settings: eslint.config.js, lit-analyzer.config.json,
 * .prettierrc.json and .prettierignore. `npm run format` rewrites the files Prettier would change.
 *
 * `node scripts/lint.mjs --lit-analyzer` runs lit-analyzer alone, printing one line per problem; the full run starts
 * it that way, in its own process, so that the three tools share the machine's cores.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
/** The JavaScript file behind an installed package's command, run with this Node rather than through a shell shim. */
const bin = (pkg, name = pkg) => {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin: bins } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof bins === 'string' ? bins : bins[name]);
};

/** Runs a command in the repository's root and collects what it prints. */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ status: 1, stdout, stderr: `${stderr}${error.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr }));
  });
}

/** Each tool's result: how many problems (undefined when the tool itself failed) and the text to show. */
async function prettier() {
  const { status, stdout, stderr } = await run([bin('prettier'), '--list-different', '.']);
  const files = stdout.split('\n').filter(Boolean);
  // A file Prettier cannot parse is reported on stderr as "[error] path: SyntaxError: …".
  const unparsed = stderr.split('\n').filter((line) => /^\[error\] [^:\s]+: /.test(line));
  const count = files.length + unparsed.length;
  if (status !== 0 && !count) return { count: undefined, text: stdout + stderr };
  const shown = files.slice(0, 20).map((file) => `${file}: not formatted\n`);
  if (files.length > shown.length) shown.push(`… and ${files.length - shown.length} more files\n`);
  const text = files.length ? `${shown.join('')}(npm run format rewrites them)\n` : '';
  return { count, text: text + stderr };
}

async function eslint() {
  const { status, stdout, stderr } = await run([bin('eslint'), '--format', 'json', '--max-warnings', '0', '.']);
  let results;
  try {
    results = JSON.parse(stdout);
  } catch {
    return { count: undefined, text: stdout + stderr };
  }
  const lines = results.flatMap((result) =>
    result.messages.map((m) => `${relative(root, result.filePath)}:${m.line ?? 0}:${m.column ?? 0}: ${m.message} (${m.ruleId ?? 'eslint'})`),
  );
  if (status !== 0 && !lines.length) return { count: undefined, text: stdout + stderr };
  return { count: lines.length, text: lines.map((line) => `${line}\n`).join('') + stderr };
}

async function litAnalyzer() {
  const { status, stdout, stderr } = await run([fileURLToPath(import.meta.url), '--lit-analyzer']);
  const lines = stdout.split('\n').filter(Boolean);
  if (status !== 0 && !lines.length) return { count: undefined, text: stderr };
  return { count: lines.length, text: stdout + stderr };
}

/**
 * lit-analyzer through its API rather than its CLI: the CLI takes its settings only from tsconfig.json (which covers
 * src/ alone), while this compiles tsconfig.test.json's files once and reads lit-analyzer.config.json.
 */
async function litAnalyzerProblems() {
  const ts = (await import('typescript')).default;
  const { DefaultLitAnalyzerContext, LitAnalyzer, makeConfig } = await import('lit-analyzer');
  const config = JSON.parse(readFileSync(join(root, 'lit-analyzer.config.json'), 'utf8'));
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.test.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error('tsconfig.test.json could not be read');
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const context = new DefaultLitAnalyzerContext({ getProgram: () => program });
  context.updateConfig(makeConfig({ ...config, cwd: root }));
  const analyzer = new LitAnalyzer(context);
  const problems = [];
  for (const file of parsed.fileNames.toSorted()) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    for (const diagnostic of analyzer.getDiagnosticsInFile(source)) {
      const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.location.start);
      problems.push(`${relative(root, file)}:${line + 1}:${character + 1}: ${diagnostic.message} (${diagnostic.source})`);
    }
  }
  return problems;
}

if (process.argv.includes('--lit-analyzer')) {
  const problems = await litAnalyzerProblems();
  for (const problem of problems) console.log(problem);
  process.exit(problems.length ? 1 : 0);
}

const started = Date.now();
const tools = { eslint: eslint(), 'lit-analyzer': litAnalyzer(), prettier: prettier() };
const summary = [];
let failed = false;
for (const [name, pending] of Object.entries(tools)) {
  const { count, text } = await pending;
  if (count !== 0) {
    failed = true;
    process.stdout.write(`\n> ${name}\n${text}`);
  }
  summary.push(count === undefined ? `${name} failed to run` : count === 0 ? `${name} ok` : `${name} ${count} problem${count === 1 ? '' : 's'}`);
}
console.log(`lint: ${summary.join(', ')} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exit(failed ? 1 : 0);

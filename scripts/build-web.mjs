// Bundles the web app (src/web/) with esbuild into dist/web/: content-hashed assets under
// dist/web/assets/ (served as immutable) and an index.html naming them (served as no-cache).
// Usage: node scripts/build-web.mjs [outDir]   (default dist/web)
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist/web'));
const assetsDir = join(outDir, 'assets');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(assetsDir, { recursive: true });

const result = await build({
  entryPoints: [join(root, 'src/web/main.ts')],
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  outdir: assetsDir,
  metafile: true,
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((path) => resolve(root, path));
const js = outputs.find((path) => path.endsWith('.js'));
const css = outputs.find((path) => path.endsWith('.css'));
if (!js || !css) throw new Error('build-web: esbuild made no .js or no .css output');

const template = readFileSync(join(root, 'src/web/index.html'), 'utf8');
const html = template.replace('{{JS}}', `/assets/${basename(js)}`).replace('{{CSS}}', `/assets/${basename(css)}`);
writeFileSync(join(outDir, 'index.html'), html);

let total = 0;
let totalGzip = 0;
for (const path of [join(outDir, 'index.html'), js, css]) {
  const bytes = readFileSync(path);
  const gz = gzipSync(bytes).length;
  total += bytes.length;
  totalGzip += gz;
  console.log(`web: ${basename(path).padEnd(24)} ${String(bytes.length).padStart(7)} B  (${gz} B gzip)`);
}
console.log(`web: bundle ${total} B (${totalGzip} B gzip) in ${outDir}`);

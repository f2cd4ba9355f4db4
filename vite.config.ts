import { readdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * The web pages (`npm run build:web`): every src/web/<page>/index.html is an entry, built to
 * dist/web/<page>/index.html with shared hashed files in dist/web/assets/. Nothing is loaded from
 * another origin. Text files get precompressed .br and .gz siblings for the server.
 */
const webRoot = path.resolve(import.meta.dirname, 'src/web');
const pages = Object.fromEntries(
  readdirSync(webRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(webRoot, d.name, 'index.html')))
    .map((d) => [d.name, path.join(webRoot, d.name, 'index.html')]),
);

function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kg-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
      for (const file of walk(outDir)) {
        if (!/\.(js|mjs|css|html|json|svg|wasm|map)$/.test(file) || file.endsWith('.map')) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
      }
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  plugins: [precompress()],
  worker: { format: 'es' },
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      input: pages,
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});

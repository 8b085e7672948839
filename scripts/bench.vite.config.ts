// For the benchmarks run by vite-node: the `@/` imports WXT resolves in the extension's own code.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({ resolve: { alias: { '@': resolve(import.meta.dirname, '..') } } });

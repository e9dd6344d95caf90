import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig({
  plugins: [svelte()],
  // Tauri serves the built files itself; no development server is named in
  // tauri.conf.json, so `cargo build` always embeds this folder.
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: false },
  clearScreen: false,
  // Tests read the provider table shipped with the core (one folder up) to
  // check that every provider note has a sentence in the locale files.
  server: process.env.VITEST ? { fs: { allow: [".."] } } : undefined,
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});

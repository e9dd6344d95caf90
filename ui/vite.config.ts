import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig({
  plugins: [svelte()],
  // Tauri serves the built files itself; no development server is named in
  // tauri.conf.json, so `cargo build` always embeds this folder.
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: false },
  clearScreen: false,
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});

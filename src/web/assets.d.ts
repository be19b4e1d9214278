/** esbuild bundles the stylesheet imported by main.ts into its own hashed .css file. */
declare module '*.css';

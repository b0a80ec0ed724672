// Copies the non-TypeScript files the compiled code reads at run time into dist/.
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync('dist/spec', { recursive: true });
cpSync('spec/openapi.yaml', 'dist/spec/openapi.yaml');

export { diffSpecs } from './diffSpecs.js';
export { diffAsJson, diffAsMarkdown, diffAsText, summarize, type DiffSummary } from './formatDiff.js';
export { SpecSourceError } from './readSpecSource.js';
export { isBreaking, type Impact, type SpecChange, type SpecDiff } from './SpecChange.js';

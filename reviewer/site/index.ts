export { buildSite, type BuiltSite } from './buildSite.js';
export { serveSite, type ServedSite } from './serveSite.js';
export { RenderError } from './renderReference.js';

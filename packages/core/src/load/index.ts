export { loadDocuments, type LoadOptions, type LoadResult } from './load.js';
export { inputDirectory } from './expand.js';
export { readFrontMatter, findFrontMatter, FrontMatterError, type FrontMatter } from './front-matter.js';
export { normalisePublished, PUBLISHED_PATTERN } from './published.js';
export { displayPath, TEXT_EXTENSIONS } from './paths.js';

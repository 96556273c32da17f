export * from './article-number';
export * from './chinese-numerals';
export * from './citation';
export * from './instrument-meta';
export * from './library-scope';
export * from './parse-instrument';
export * from './search-terms';

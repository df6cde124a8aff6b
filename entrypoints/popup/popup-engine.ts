/**
 * The claims engine and its language model, loaded by the popup as a script of its own once the
 * report's header has painted (see claims.ts): the popup's first script stays small, so the article's
 * age shows before the engine's 3.9 MB are read.
 */
export { analyzeClaims } from '../../utils/analyze-claims';
export { warmTagger } from '../../utils/claims/tagger';

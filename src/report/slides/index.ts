/** The slides (`--format slides`): the public entry points for the CLI. */
export { renderProfileSlides, type SlidesOptions } from './render.js';
export { renderComparisonSlides, type ComparisonSlidesOptions } from './compare.js';
export { renderTrendSlides, type TrendSlidesOptions } from './trend.js';

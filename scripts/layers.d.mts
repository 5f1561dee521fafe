import type { Linter } from 'eslint';

export const LAYERS: string[][];
export function layerRules(srcDir?: string): Linter.Config[];

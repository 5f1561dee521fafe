/**
 * A consensus file set beside the room it was agreed in (`compare room/ consensus.yaml`): the
 * comparison names its sides as the agreement and the group's average, not only before and after. Pure.
 */
import type { LevelTerm } from '../questionnaire/level-term.js';
import { labelsFor } from '../report/profile/labels.js';
import type { Profile } from '../scoring/types.js';

export interface SideLabels {
  before?: string;
  after?: string;
}

/**
 * The sides' names where one is a consensus file: `Consensus (6 participants)` for it, and for a
 * group beside it how its values combine (`Average of 6 participants`); none when neither is one.
 */
export function sideLabels(before: Profile, after: Profile, language: string, term: LevelTerm): SideLabels {
  if (!before.consensus && !after.consensus) return {};
  const labels = labelsFor(language, term);
  const name = (p: Profile): string | undefined =>
    p.consensus
      ? labels.agreementSide(p.consensus.participants)
      : p.respondents > 1
        ? labels.groupSide(p.scoring.respondents ?? 'mean', p.respondents)
        : undefined;
  const [b, a] = [name(before), name(after)];
  return { ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) };
}

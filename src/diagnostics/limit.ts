/**
 * At most a hundred findings of a file are listed, and one more says how many were left out: a
 * file of 100,000 unknown keys is one mistake (or an attack), and its findings took minutes to
 * place and filled the terminal. A finding past the limit is counted, not built: no position is
 * looked up and no did-you-mean is worked out for it (but for the first, where the count is shown).
 */
import { diag } from './diag.js';
import { msg } from './messages.js';
import type { Diagnostic, Severity } from './types.js';

export const MAX_FINDINGS_PER_FILE = 100;

export class FindingList {
  private readonly kept: Diagnostic[] = [];
  private firstOmitted: Diagnostic | undefined;
  private omitted = 0;
  /** The gravest severity among the findings left out. */
  private omittedSeverity: Severity = 'info';

  /** `room`: how many findings of the file may be listed (fewer when some already are). */
  constructor(private readonly room = MAX_FINDINGS_PER_FILE) {}

  /**
   * Adds the finding `build` makes, or only counts it when the list is full. A full list gives up
   * its latest `info` for a warning or an error: what only tells (a hundred carried-over CSV rows)
   * must never hide what is wrong.
   */
  add(severity: Severity, build: () => Diagnostic): void {
    if (this.kept.length < this.room) {
      this.kept.push(build());
      return;
    }
    const info = severity === 'info' ? -1 : lastInfo(this.kept);
    if (info >= 0) {
      const evicted = this.kept.splice(info, 1)[0]!;
      this.count(() => evicted, 'info');
      this.kept.push(build());
      return;
    }
    this.count(build, severity);
  }

  /** Past the limit only the first finding left out is built (for its position); the others are counted. */
  private count(build: () => Diagnostic, severity: Severity): void {
    if (this.omitted === 0) this.firstOmitted = build();
    this.omitted++;
    if (severity === 'error' || (severity === 'warning' && this.omittedSeverity === 'info'))
      this.omittedSeverity = severity;
  }

  /** The findings listed, then, when some were left out, one that says how many. */
  list(): Diagnostic[] {
    if (!this.firstOmitted) return this.kept;
    return [...this.kept, omittedFindings(this.firstOmitted, this.omitted, this.omittedSeverity)];
  }
}

function lastInfo(findings: readonly Diagnostic[]): number {
  for (let i = findings.length - 1; i >= 0; i--) if (findings[i]!.severity === 'info') return i;
  return -1;
}

/**
 * The finding that stands for `count` more, where the first of them is: an error when any of them
 * is one, so that the file still counts as bad; `info` when all of them are (`--strict` must not
 * fail on what only tells).
 */
export function omittedFindings(first: Diagnostic, count: number, severity: Severity): Diagnostic {
  const { line, column, endLine, endColumn } = first;
  return diag(
    first.file,
    'too-many-findings',
    // A finding without a position is about the file as a whole, or about a file too large to place it in.
    msg('findings.omitted', { count, here: line > 0, max: MAX_FINDINGS_PER_FILE }),
    { line, column, endLine, endColumn },
    severity,
    { omitted: count },
  );
}

/** Semantic versions compared by precedence (semver.org §11): `1.0.0-rc.1` < `1.0.0` < `1.0.1`. Pure. */

/** Negative, zero or positive as `a` comes before, with or after `b`; build metadata is ignored. */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitVersion(a);
  const [coreB = '', preB] = splitVersion(b);
  const numbers = (core: string) => core.split('.').map(Number);
  const [x, y] = [numbers(coreA), numbers(coreB)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  // A pre-release comes before its release.
  if (preA === undefined || preB === undefined) return (preA === undefined ? 1 : 0) - (preB === undefined ? 1 : 0);
  const [p, q] = [preA.split('.'), preB.split('.')];
  for (let i = 0; i < Math.max(p.length, q.length); i++) {
    const [s, t] = [p[i], q[i]];
    if (s === undefined || t === undefined) return s === undefined ? -1 : 1;
    if (s === t) continue;
    const [m, n] = [/^\d+$/.test(s), /^\d+$/.test(t)];
    if (m && n) return Number(s) - Number(t);
    // Numeric identifiers come before alphanumeric ones; those compare as ASCII.
    if (m !== n) return m ? -1 : 1;
    return s < t ? -1 : 1;
  }
  return 0;
}

function splitVersion(version: string): [string, string | undefined] {
  const bare = withoutBuild(version);
  const dash = bare.indexOf('-');
  return dash === -1 ? [bare, undefined] : [bare.slice(0, dash), bare.slice(dash + 1)];
}

/**
 * Whether two versions are one: equal in precedence, so build metadata (`+…`) does not tell them
 * apart. Used wherever versions are matched: migration chains, an answer file's version.
 */
export function sameVersion(a: string, b: string): boolean {
  return withoutBuild(a) === withoutBuild(b);
}

/** The version without its build metadata: one key for versions that are the same. */
export function withoutBuild(version: string): string {
  return version.split('+')[0] ?? '';
}

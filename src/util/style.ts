/** Colours as plain functions, so renderers stay pure; the CLI decides once whether to colour. */
export interface Style {
  error(s: string): string;
  warning(s: string): string;
  ok(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  accent(s: string): string;
}

const identity = (s: string) => s;
export const plainStyle: Style = {
  error: identity,
  warning: identity,
  ok: identity,
  dim: identity,
  bold: identity,
  accent: identity,
};

import type { ReviewContext, Severity } from '@factlint/core';

/** What the SARIF formatter says about a rule: the fields of a core Rule it reads. */
export interface RuleDescriptor {
  id: string;
  meta: { description: string; defaultSeverity: Severity };
}

export interface FormatOptions {
  /** Colour the output with ANSI escapes. */
  color: boolean;
  /**
   * The directory the report's relative paths are relative to (the working
   * directory): `sarif` gives it as `%SRCROOT%`. Without it, `%SRCROOT%` has no URI.
   */
  cwd?: string;
  /** Every rule that exists, for `sarif`'s rule metadata; a rule missing here is listed by id alone. */
  rules?: readonly RuleDescriptor[];
  /** The documents and the claim × source matrix, for `html`; the other formats ignore it. */
  review?: ReviewContext;
}

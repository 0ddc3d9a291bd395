export interface FormatOptions {
  /** Colour the output with ANSI escapes. */
  color: boolean;
}

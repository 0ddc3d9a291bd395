import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { disableEdit, REASON_PLACEHOLDER } from './actions.js';

const disable = (text: string, line: number, requireReason = false) => {
  const doc = TextDocument.create('file:///draft.md', 'markdown', 1, text);
  return TextDocument.applyEdits(doc, [disableEdit(doc, line, 'quote-mismatch', requireReason)]);
};

describe('disableEdit', () => {
  it('puts the directive above a line that starts a block, with its indentation and the file’s line ends', () => {
    expect(disable('"Quote," he said.', 0)).toBe('<!-- factlint-disable-next-line quote-mismatch -->\n"Quote," he said.');
    expect(disable('Intro.\r\n\r\n  - "Quote," he said.\r\n', 2)).toBe(
      'Intro.\r\n\r\n  <!-- factlint-disable-next-line quote-mismatch -->\r\n  - "Quote," he said.\r\n',
    );
  });

  it('stacks under the directives already above the line', () => {
    expect(disable('<!-- factlint-disable-next-line number-mismatch -->\n"Quote," he said.', 1)).toBe(
      '<!-- factlint-disable-next-line number-mismatch -->\n<!-- factlint-disable-next-line quote-mismatch -->\n"Quote," he said.',
    );
  });

  it('ends a line inside a paragraph with a disable-line directive, before a hard break’s trailing spaces', () => {
    expect(disable('He said\n"Quote," and left.  \nThen.', 1, true)).toBe(
      `He said\n"Quote," and left. <!-- factlint-disable-line quote-mismatch -- ${REASON_PLACEHOLDER} -->  \nThen.`,
    );
  });
});

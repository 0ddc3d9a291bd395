import { diffWords } from 'diff';

/**
 * A word-level diff of two wordings in the reader's notation:
 * `eat [-their internal-] {+the+} organs`. Long unchanged runs are shortened
 * to their edges so the message stays one readable line. Takes word strings
 * already normalised for quote characters and dashes (`compareWordings` gives them).
 */
export function renderWordDiff(from: string, to: string, context = 3): string {
  // Typographic and typewriter apostrophes are one character to a reader (people’s / people's).
  const plain = (text: string) => text.replace(/[‘’‛`´]/g, "'");
  const parts = diffWords(plain(from), plain(to), { ignoreCase: true });
  const out: string[] = [];
  parts.forEach((p, i) => {
    const v = p.value.trim();
    if (!v) return;
    if (p.added) out.push(`{+${v}+}`);
    else if (p.removed) out.push(`[-${v}-]`);
    else {
      const words = v.split(/\s+/);
      const first = i === 0;
      const last = i === parts.length - 1;
      if (words.length <= context * 2 + 1) out.push(v);
      else if (first) out.push(`… ${words.slice(-context).join(' ')}`);
      else if (last) out.push(`${words.slice(0, context).join(' ')} …`);
      else out.push(`${words.slice(0, context).join(' ')} … ${words.slice(-context).join(' ')}`);
    }
  });
  return out.join(' ');
}

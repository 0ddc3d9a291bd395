import type { Fact, Value } from '@factlint/core';

/*
 * Values a clause gives of something other than the story's events, in two shapes news copy
 * uses every day. Neither is compared with the other reports nor counted as a claim.
 */

/**
 * A correction tells what an earlier version got wrong: "An earlier entry on this page said the
 * train was travelling from Howrah to Puri", "Correction: an earlier entry said about 3,000
 * people had been evacuated". The retracted values are no report's.
 */
const RETRACTION = /(?:^\s*Correction\s*:|\b(?:an?|the)\s+(?:earlier|previous)\s+(?:version|entry|update|report|post|story|article)\b[^.]*?\b(?:said|stated|reported|gave|misstated|wrongly|incorrectly)\b)/i;

/**
 * A record the story's event is measured against: "the strongest to hit the region since a
 * magnitude 6.4 earthquake struck Malatya on Sept. 18, killing 41 people". The values after
 * "since a …" belong to the earlier event.
 */
const MEASURED_AGAINST = /\b(?:strongest|deadliest|worst|biggest|largest|heaviest|highest|lowest|most\s+\p{L}+|first)\b[^.;]*?\bsince\s+(?:a|an|the)\s/iu;

/** Is `value` one a correction retracts, or one of an earlier event the story's is measured against? */
export function ofAnotherEvent(text: string, fact: Fact, value: Value): boolean {
  const before = text.slice(fact.span.start, value.span.start);
  return RETRACTION.test(before) || MEASURED_AGAINST.test(before);
}

import type { ClaimGraph, ValueKind } from '@factlint/core';
import { extraPlacesFor } from './places.js';
import { collectSlots, type Slot } from './slots.js';

const KINDS = new Set<ValueKind>(['number', 'money', 'percent', 'duration', 'time', 'date', 'place']);
const cache = new WeakMap<ClaimGraph, Slot[]>();

/**
 * Every value of every fact in context, read once per claim graph and shared by
 * number-, date- and place-mismatch (reading the clauses is most of their work).
 */
export function graphSlots(graph: ClaimGraph): Slot[] {
  let slots = cache.get(graph);
  if (!slots) {
    slots = collectSlots(graph, { kinds: KINDS, extra: extraPlacesFor(graph) });
    cache.set(graph, slots);
  }
  return slots;
}

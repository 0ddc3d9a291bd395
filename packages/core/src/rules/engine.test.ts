import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from './rule.js';
import { resolveRuleSettings, RuleSettingError } from './settings.js';
import { runRules } from './engine.js';
import { doc, graphOf } from '../test-support/documents.js';

const probe = defineRule({
  id: 'probe-rule',
  meta: {
    description: 'Reports the first quote of every document, for testing the engine',
    defaultSeverity: 'warning',
    claims: ['quote'],
    options: { limit: { type: 'integer', default: 1, minimum: 1, description: 'How many quotes per document' } },
    messages: { found: '{{speaker}} said "{{text}}" ({{missing}})' },
  },
  check(ctx, { limit }) {
    ctx.documents.forEach((d, i) => {
      for (const q of d.quotes.slice(0, limit)) {
        ctx.report({
          messageId: 'found',
          place: { doc: i, span: q.span },
          data: { speaker: ctx.speakerName(i, q.speaker) ?? 'someone', text: q.text },
          related: ctx.documents.map((_, j) => j).filter((j) => j !== i).map((j) => ({ doc: j, span: { start: 0, end: 3 }, message: 'other' })),
        });
      }
    });
  },
}) as unknown as Rule;

describe('rule settings', () => {
  it('fills in defaults and honours severities', () => {
    const [active] = resolveRuleSettings([probe], { 'probe-rule': 'error' });
    expect(active).toMatchObject({ severity: 'error', options: { limit: 1 } });
    expect(resolveRuleSettings([probe], { 'probe-rule': 'off' })).toEqual([]);
  });

  it('rejects unknown rules, bad severities and bad options with a JSON path', () => {
    const fail = (settings: Record<string, unknown>) => {
      try {
        resolveRuleSettings([probe], settings as never);
      } catch (e) {
        expect(e).toBeInstanceOf(RuleSettingError);
        return [(e as RuleSettingError).path, (e as Error).message];
      }
      throw new Error('expected an error');
    };
    expect(fail({ 'probe-rul': 'warning' })).toEqual(['/rules/probe-rul', 'unknown rule "probe-rul" (known rules: probe-rule)']);
    expect(fail({ 'probe-rule': 'loud' })[0]).toBe('/rules/probe-rule');
    expect(fail({ 'probe-rule': ['warning', { limit: 0 }] })[0]).toBe('/rules/probe-rule/1/limit');
    expect(fail({ 'probe-rule': ['warning', { limt: 2 }] })).toEqual(['/rules/probe-rule/1/limt', 'option limt is not an option of probe-rule']);
  });
});

describe('running rules', () => {
  it('turns reports into diagnostics with filled messages and 1-based ranges in each file', () => {
    const g = graphOf(doc('a.txt', 'Intro.\n"We won," said Ana Lima.\n'), doc('b.txt', 'Hello there.\n'));
    const [d] = runRules(g, resolveRuleSettings([probe]));
    expect(d).toMatchObject({
      ruleId: 'probe-rule',
      severity: 'warning',
      messageId: 'found',
      message: 'Ana Lima said "We won," ({{missing}})',
      file: 'a.txt',
      range: { start: { line: 2, column: 2, offset: 8 }, end: { line: 2, column: 9, offset: 15 } },
      related: [{ file: 'b.txt', message: 'other', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } } }],
      suggestions: [],
    });
  });
});

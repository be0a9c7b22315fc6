/** The registry defines each finding code once; the code and message-parameter types come from it. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type FindingCode, type MessageParams, message, RULES } from '../../lib/rules';

describe('rule registry', () => {
  it('has one entry per code', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('derives the codes and each message’s parameters from the entries', () => {
    expectTypeOf<'creators.do-not-invite'>().toExtend<FindingCode>();
    expectTypeOf<'draft.invalid'>().toExtend<FindingCode>();
    expectTypeOf<MessageParams['creators.invited-by-you']>().toEqualTypeOf<{ creator: string; days: number }>();
    expectTypeOf<MessageParams['ends.past']>().toEqualTypeOf<Record<string, never>>();
    expect(message('creators.invited-by-you', { creator: '@mia', days: 2 })).toBe(
      'You invited @mia 2 days ago. Another invitation so soon may be ignored; consider removing them.',
    );
  });
});

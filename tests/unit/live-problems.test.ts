import { describe, expect, it } from 'vitest';
import { fixedMessage, meaningOf, recheckOne, recheckShown } from '../../src/renderer/src/components/live-problems';
import { atMostCharacters, countText, tooLongMessage } from '../../src/shared/plan-limits';
import { projectTextProblem } from '../../src/shared/domain/project-text';

/** Check2 s6, N3: a shown limit message follows the text as the user types; counts are written one way. */
describe('limit messages', () => {
  it('a shown message updates to the new count, or goes; no message starts mid-word', () => {
    const shown = { name: projectTextProblem('name', 'x'.repeat(318))! };
    expect(shown.name).toBe('The name can be at most 120 characters (it has 318).');
    const now = (text: string) => ({ name: projectTextProblem('name', text) ?? undefined, description: projectTextProblem('description', 'd'.repeat(10_050)) ?? undefined });
    expect(recheckShown(shown, now('x'.repeat(121)))).toEqual({ name: 'The name can be at most 120 characters (it has 121).' });
    expect(recheckShown(shown, now('x'.repeat(120)))).toEqual({});
    expect(recheckOne('The title: 61 characters…', tooLongMessage('The title', 60, 60))).toBeNull();
    expect(recheckOne(null, tooLongMessage('The title', 70, 60))).toBeNull();
    expect(recheckOne('old', tooLongMessage('The title', 70, 60))).toBe(tooLongMessage('The title', 70, 60));
  });

  it('every count has thousands separators: "10,000 characters (it has 10,050)"', () => {
    expect(countText(10_050)).toBe('10,050');
    expect(countText(120)).toBe('120');
    expect(projectTextProblem('description', 'd'.repeat(10_050))).toBe('The description can be at most 10,000 characters (it has 10,050).');
    expect(atMostCharacters('A step', 300, 1_305, 'step 2')).toBe('A step can be at most 300 characters (step 2 has 1,305).');
    expect(tooLongMessage('These notes', 120_000, 100_000)).toBe('These notes: 120,000 characters, and the limit is 100,000. All of it is kept here, but it is not saved until it is 20,000 characters shorter.');
  });
});

describe('what a message means, for announcing it once (s8)', () => {
  it('figures and the plural do not change its meaning; other words do', () => {
    const at = (n: number) => `The title: ${n.toLocaleString('en-US')} characters, and the limit is 60. All of it is kept here, but it is not saved until it is ${n - 60} ${n - 60 === 1 ? 'character' : 'characters'} shorter.`;
    expect(meaningOf(at(61))).toBe(meaningOf(at(1_234)));
    expect(meaningOf(at(61))).not.toBe(meaningOf('Enter a web address starting with http:// or https://.'));
  });

  it('the fixed message names the subject of the message, or says plainly which problem', () => {
    expect(fixedMessage('These notes: 100,001 characters, and the limit is 100,000.')).toBe('These notes: fixed.');
    expect(fixedMessage('Enter a web address starting with http:// or https://.')).toBe('The problem with that field is fixed.');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_TYPED_HOURS, readTypedHours } from '@shared/domain/study-hours-input';
import { MAX_WEEK_MINUTES } from '@shared/domain/study-hours';

const range = 'the hours as a number from 0 to 1,666, for example 2.5. Week 8 keeps 3 h 15 min.';

describe('readTypedHours (audit s6 fault 8): a week total as typed', () => {
  it('reads plain decimals with a point or a comma, in whole minutes', () => {
    expect(readTypedHours('2.5', 195, 8)).toEqual({ minutes: 150 });
    expect(readTypedHours('2,5', 195, 8)).toEqual({ minutes: 150 });
    expect(readTypedHours(' 3.25 ', 0, 8)).toEqual({ minutes: 195 });
    expect(readTypedHours('.5', 0, 8)).toEqual({ minutes: 30 });
    expect(readTypedHours('0', 195, 8)).toEqual({ minutes: 0 });
    expect(readTypedHours(String(MAX_TYPED_HOURS), 0, 8)).toEqual({ minutes: 99_960 });
    expect(MAX_TYPED_HOURS * 60).toBeLessThanOrEqual(MAX_WEEK_MINUTES);
  });

  it('refuses abc, -3, 1e9, 99999 and an empty field with a sentence naming the range and what the week keeps', () => {
    expect(readTypedHours('abc', 195, 8)).toEqual({ problem: `“abc” is not a number of hours: type ${range}` });
    expect(readTypedHours('-3', 195, 8)).toEqual({ problem: `Hours cannot be below 0: type ${range}` });
    expect(readTypedHours('1e9', 195, 8)).toEqual({ problem: `“1e9” is not a number of hours: type ${range}` });
    expect(readTypedHours('99999', 195, 8)).toEqual({ problem: `99999 hours is more than one week can hold: type ${range}` });
    expect(readTypedHours('1667', 195, 8)).toEqual({ problem: `1667 hours is more than one week can hold: type ${range}` });
    expect(readTypedHours('   ', 195, 8)).toEqual({ problem: "The total was left empty. To remove this week's hours, type 0. Week 8 keeps 3 h 15 min." });
    expect(readTypedHours('Infinity', 0, 2)).toEqual({ problem: '“Infinity” is not a number of hours: type the hours as a number from 0 to 1,666, for example 2.5. Week 2 keeps 0 min.' });
  });
});

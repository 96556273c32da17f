import { PEOPLE_AHEAD_CAP } from '@core/queue/call-order';
import { describe, expect, it } from 'vitest';
import { waitText } from './wait-text';

describe("waitText (the slip's estimated wait)", () => {
  it('says it is your turn with nobody ahead, whatever the estimate', () => {
    expect(waitText({ peopleAhead: 0, estimatedWaitMinutes: 12 })).toBe('马上就到您');
  });
  it('cannot estimate without an open window', () => {
    expect(waitText({ peopleAhead: 3, estimatedWaitMinutes: null })).toBe('暂时无法估算');
  });
  it('rounds a wait under a minute up to one', () => {
    expect(waitText({ peopleAhead: 1, estimatedWaitMinutes: 0 })).toBe('约 1 分钟');
  });
  it('gives the estimate below the cap', () => {
    expect(waitText({ peopleAhead: PEOPLE_AHEAD_CAP - 1, estimatedWaitMinutes: 640 })).toBe('约 640 分钟');
  });
  it('gives a lower bound at the cap, where the count stopped', () => {
    expect(waitText({ peopleAhead: PEOPLE_AHEAD_CAP, estimatedWaitMinutes: 660 })).toBe('660 分钟以上');
  });
});

describe("waitText in English (the kiosk's English mode)", () => {
  it.each([
    [{ peopleAhead: 0, estimatedWaitMinutes: 12 }, "You're next"],
    [{ peopleAhead: 3, estimatedWaitMinutes: null }, 'Cannot be estimated now'],
    [{ peopleAhead: 1, estimatedWaitMinutes: 0 }, 'About 1 min'],
    [{ peopleAhead: PEOPLE_AHEAD_CAP - 1, estimatedWaitMinutes: 640 }, 'About 640 min'],
    [{ peopleAhead: PEOPLE_AHEAD_CAP, estimatedWaitMinutes: 660 }, '660+ min'],
  ])('%o → %s', (ticket, text) => {
    expect(waitText(ticket, 'en-US')).toBe(text);
  });

  it('stays Chinese for zh-CN, the default', () => {
    expect(waitText({ peopleAhead: 2, estimatedWaitMinutes: 7 }, 'zh-CN')).toBe('约 7 分钟');
  });
});

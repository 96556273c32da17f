import { describe, expect, it } from 'vitest';
import { commitmentOutstanding } from './commitment';
import { HARDSHIP_METHODS } from './eligibility';

describe('commitmentOutstanding (法律援助法 第四十一条)', () => {
  it('holds a grant while a commitment-evidenced application has no signed letter', () => {
    expect(
      commitmentOutstanding({ hardshipMethod: 'commitment', financesStated: true, commitmentSigned: false }),
    ).toBe(true);
  });

  it('releases it once the letter is signed or uploaded', () => {
    expect(
      commitmentOutstanding({ hardshipMethod: 'commitment', financesStated: true, commitmentSigned: true }),
    ).toBe(false);
  });

  it('does not apply to the other ways of evidence, nor without stated finances', () => {
    for (const method of HARDSHIP_METHODS.filter((m) => m !== 'commitment'))
      for (const commitmentSigned of [true, false])
        expect(
          commitmentOutstanding({ hardshipMethod: method, financesStated: true, commitmentSigned }),
        ).toBe(false);
    expect(
      commitmentOutstanding({ hardshipMethod: null, financesStated: false, commitmentSigned: false }),
    ).toBe(false);
    expect(
      commitmentOutstanding({ hardshipMethod: 'commitment', financesStated: false, commitmentSigned: false }),
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { consoleWindowKey, preselectWindow } from './console-window';

describe('the window remembered on 叫号工作台', () => {
  it('is kept per user', () => {
    expect(consoleWindowKey('u1')).not.toBe(consoleWindowKey('u2'));
    expect(consoleWindowKey('u1')).toBe('lawhall.console.windowId.u1');
  });

  it('is preselected while it is still one of the user’s windows', () => {
    const windows = [{ id: 'w1' }, { id: 'w2' }];
    expect(preselectWindow('w2', windows)).toBe('w2');
    expect(preselectWindow('w2', undefined)).toBe('w2');
    expect(preselectWindow('w9', windows)).toBeUndefined();
    expect(preselectWindow(null, windows)).toBeUndefined();
    expect(preselectWindow(undefined, [])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { forgetRemembered, rememberByText } from './remember-by-text.ts';

describe('rememberByText', () => {
  it('computes each text once and gives the same answer again', () => {
    const seen: string[] = [];
    const length = rememberByText((t) => {
      seen.push(t);
      return t.length;
    });
    expect([length('徐州'), length('徐州'), length('高新区')]).toEqual([2, 2, 3]);
    expect(seen).toEqual(['徐州', '高新区']);
  });

  it('remembers undefined answers too', () => {
    let calls = 0;
    const none = rememberByText(() => {
      calls++;
      return undefined;
    });
    none('a');
    none('a');
    expect(calls).toBe(1);
  });

  it('forgets everything once full, then answers correctly again', () => {
    let calls = 0;
    const upper = rememberByText((t) => {
      calls++;
      return t.toUpperCase();
    }, 2);
    upper('a');
    upper('b');
    upper('c');
    expect(upper('a')).toBe('A');
    expect(calls).toBe(4);
  });
});

describe('forgetRemembered', () => {
  it('makes every remembering function compute again', () => {
    let calls = 0;
    const f = rememberByText((t) => {
      calls++;
      return t;
    });
    f('x');
    forgetRemembered();
    f('x');
    expect(calls).toBe(2);
  });
});

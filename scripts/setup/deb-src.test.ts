import { describe, expect, it } from 'vitest';
import { debSrcFromDeb822, debSrcFromList } from './deb-src.ts';

describe('deb-src from the machine’s sources', () => {
  it('turns one-line deb entries into deb-src, leaving comments and deb-src alone', () => {
    const list = '# a comment\ndeb [arch=amd64] http://mirror.example/debian stable main\ndeb-src http://mirror.example/debian stable main\n';
    expect(debSrcFromList(list)).toEqual(['deb-src [arch=amd64] http://mirror.example/debian stable main']);
  });

  it('turns deb822 stanzas of Types deb into deb-src, skipping disabled ones', () => {
    const sources =
      'Types: deb\nURIs: http://mirror.example/debian\nSuites: stable\nComponents: main\n\nTypes: deb\nURIs: http://other.example\nSuites: x\nEnabled: no\n\nTypes: deb-src\nURIs: http://mirror.example/debian\nSuites: stable\n';
    expect(debSrcFromDeb822(sources)).toEqual(['Types: deb-src\nURIs: http://mirror.example/debian\nSuites: stable\nComponents: main']);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseInstrumentTitle, parseCitations } from './citation';

describe('parseCitations', () => {
  it('reads the sources the legal-aid rules cite', () => {
    expect(parseCitations('法律援助法 第四十三条')).toEqual([
      {
        text: '法律援助法 第四十三条',
        instrument: '法律援助法',
        article: { number: 43, suffix: 0 },
        paragraph: null,
        item: null,
      },
    ]);
    expect(parseCitations('法律援助法 第四十二条第三项')[0]).toMatchObject({
      article: { number: 42 },
      item: 3,
    });
    expect(parseCitations('法律援助法 第四十三条第二款')[0]).toMatchObject({
      article: { number: 43 },
      paragraph: 2,
      item: null,
    });
  });

  it('splits on ；, keeps a title without an article, lends a title to the next bare article', () => {
    expect(
      parseCitations('法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条').map((c) => [
        c.instrument,
        c.article?.number,
      ]),
    ).toEqual([
      ['法律援助法', 43],
      ['办理法律援助案件程序规定', 24],
    ]);
    expect(parseCitations('法律援助法 第五十条；办理法律援助案件程序规定')[1]).toMatchObject({
      instrument: '办理法律援助案件程序规定',
      article: null,
    });
    expect(parseCitations('法律援助法 第三十一条; 第三十一条第五项')[1]).toMatchObject({
      instrument: '法律援助法',
      article: { number: 31 },
      item: 5,
    });
    expect(parseCitations('第三十一条第五项')[0]).toMatchObject({ instrument: null, item: 5 });
  });

  it('accepts book-title marks, the full name, no space and 之一', () => {
    expect(parseCitations('《中华人民共和国民法典》第一千零四十条')[0]).toMatchObject({
      instrument: '民法典',
      article: { number: 1040, suffix: 0 },
    });
    expect(parseCitations('刑法第十七条之一')[0]).toMatchObject({
      instrument: '刑法',
      article: { number: 17, suffix: 1 },
    });
    expect(parseCitations('  ')).toEqual([]);
  });

  it('normalises titles', () => {
    expect(normaliseInstrumentTitle(' 《中华人民共和国法律援助法》 ')).toBe('法律援助法');
    expect(normaliseInstrumentTitle('法律援助条例')).toBe('法律援助条例');
  });
});

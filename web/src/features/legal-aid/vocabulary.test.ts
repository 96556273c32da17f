import { describe, expect, it } from 'vitest';
import { citationText } from './vocabulary';

describe('citationText', () => {
  it('leaves Chinese as core writes it', () => {
    const source = '法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条';
    expect(citationText(source, 'zh-CN')).toBe(source);
  });

  it('names both instruments in English, several citations joined by a semicolon', () => {
    expect(citationText('法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条', 'en-US')).toBe(
      'Legal Aid Law art. 43; Provisions on the Procedures for Handling Legal Aid Cases art. 24',
    );
    expect(citationText('法律援助法 第五十条；办理法律援助案件程序规定', 'en-US')).toBe(
      'Legal Aid Law art. 50; Provisions on the Procedures for Handling Legal Aid Cases',
    );
  });

  it('writes articles, paragraphs, items and ranges', () => {
    expect(citationText('法律援助法 第二十二条、第三十一条', 'en-US')).toBe('Legal Aid Law art. 22, art. 31');
    expect(citationText('法律援助法第四十八条第一款第三项', 'en-US')).toBe('Legal Aid Law art. 48(1) item 3');
    expect(citationText('法律援助法 第四十三条至第四十九条', 'en-US')).toBe(
      'Legal Aid Law art. 43 to art. 49',
    );
  });

  it('keeps what it does not know', () => {
    expect(citationText('人民调解工作若干规定 第二十条', 'en-US')).toBe('人民调解工作若干规定 art. 20');
  });
});

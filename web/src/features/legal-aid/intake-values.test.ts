import { describe, expect, it } from 'vitest';
import { applicantFromPerson, type IntakeValues, toIntakeBody } from './intake-values';

const base: IntakeValues = {
  caseKind: 'civil',
  matter: 'labour-relation-or-remuneration',
  facts: '被拖欠工资三个月，请求法律援助。',
};

describe('applicantFromPerson', () => {
  it('links the person and fills name and address, masked values for display only', () => {
    expect(
      applicantFromPerson({
        id: 'p1',
        name: '王秀英',
        idNumberMasked: '1502**********0224',
        phoneMasked: '139****0101',
        address: '昆都仑区阿尔丁大街 1 号',
      }),
    ).toEqual({
      personId: 'p1',
      idNumberMasked: '1502**********0224',
      phoneMasked: '139****0101',
      name: '王秀英',
      idNumber: undefined,
      phone: undefined,
      address: '昆都仑区阿尔丁大街 1 号',
    });
  });

  it('leaves the masked number empty for a person with none on record (the ID input is asked for)', () => {
    const filled = applicantFromPerson({
      id: 'p2',
      name: '庞海燕',
      idNumberMasked: null,
      phoneMasked: null,
      address: null,
    });
    expect(filled.idNumberMasked).toBeUndefined();
    expect(filled.address).toBeUndefined();
  });
});

describe('toIntakeBody applicant', () => {
  it('a picked person: sends personId and the name, no ID number, never the masked values', () => {
    const applicant = applicantFromPerson({
      id: 'p1',
      name: '王秀英',
      idNumberMasked: '1502**********0224',
      phoneMasked: '139****0101',
      address: null,
    });
    const body = toIntakeBody({ ...base, applicant });
    expect(body.applicant).toEqual({
      personId: 'p1',
      name: '王秀英',
      idNumber: undefined,
      phone: undefined,
      address: undefined,
    });
    expect(JSON.stringify(body)).not.toContain('*');
  });

  it('a picked person without a number on record: sends the typed number, upper-cased', () => {
    const body = toIntakeBody({
      ...base,
      applicant: { personId: 'p2', name: '庞海燕', idNumber: ' 15020319820420088x ' },
    });
    expect(body.applicant).toMatchObject({ personId: 'p2', idNumber: '15020319820420088X' });
  });

  it('a typed applicant: no personId; an empty ID number is left out for the server to ask for', () => {
    const body = toIntakeBody({ ...base, applicant: { name: ' 周小兵 ', idNumber: '  ' } });
    expect(body.applicant).toEqual({
      personId: undefined,
      name: '周小兵',
      idNumber: undefined,
      phone: undefined,
      address: undefined,
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  boundFields,
  dateFromPicker,
  datesFromPicker,
  datesToPicker,
  dateToPicker,
  fenToYuan,
  isAccidentalSubmit,
  isDayDisabled,
  isShown,
  offeredValues,
  ownAccount,
  pickerFilledFields,
  stillNeeded,
  timeFromPicker,
  timeToPicker,
  widgetOf,
  yuanToFen,
} from './field-kinds';

describe('widgetOf', () => {
  it('reads the widget of a field or of its list items', () => {
    expect(widgetOf({ type: 'string', widget: 'date' })).toBe('date');
    expect(widgetOf({ type: 'array', items: { type: 'string', widget: 'date' } })).toBe('date');
    expect(widgetOf({ type: 'integer', widget: 'money' })).toBe('money');
    expect(widgetOf({ type: 'integer' })).toBeUndefined();
  });
});

describe('business dates through the picker', () => {
  it('keep the same day both ways, whatever the process time zone', () => {
    for (const day of ['2026-01-01', '2026-03-08', '2026-12-31']) {
      const picked = dateToPicker(day);
      expect(picked?.format('YYYY-MM-DD')).toBe(day);
      expect(dateFromPicker(picked)).toBe(day);
    }
    expect(dateToPicker('')).toBeUndefined();
    expect(dateToPicker(undefined)).toBeUndefined();
    expect(dateFromPicker(null)).toBeUndefined();
  });

  it('lists of dates too', () => {
    expect(datesFromPicker(datesToPicker(['2026-12-15', '2026-12-16']))).toEqual([
      '2026-12-15',
      '2026-12-16',
    ]);
    expect(datesToPicker(undefined)).toBeUndefined();
  });

  it('times of day as HH:MM', () => {
    expect(timeFromPicker(timeToPicker('09:30'))).toBe('09:30');
    expect(timeToPicker('9:3')).toBeUndefined();
  });
});

describe('money', () => {
  it('fen in the payload, yuan in the box, rounded to the fen', () => {
    expect(fenToYuan(8000)).toBe(80);
    expect(yuanToFen(80.1)).toBe(8010);
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(undefined)).toBeUndefined();
  });
});

describe('isAccidentalSubmit', () => {
  it('swallows Enter in a one-line text box only', () => {
    expect(isAccidentalSubmit({ key: 'Enter', target: { tagName: 'INPUT', type: 'text' } })).toBe(true);
    expect(isAccidentalSubmit({ key: 'Enter', target: { tagName: 'INPUT' } })).toBe(true);
    expect(isAccidentalSubmit({ key: 'Enter', target: { tagName: 'TEXTAREA' } })).toBe(false);
    expect(isAccidentalSubmit({ key: 'Enter', target: { tagName: 'BUTTON', type: 'submit' } })).toBe(false);
    expect(isAccidentalSubmit({ key: 'a', target: { tagName: 'INPUT', type: 'text' } })).toBe(false);
    expect(isAccidentalSubmit({ key: 'Enter', target: null })).toBe(false);
  });
});

describe('offeredValues', () => {
  it("narrows an enum to the matter's own choices, keeping the schema's order", () => {
    expect(offeredValues(['id', 'contract', 'diploma'], ['diploma', 'id'])).toEqual(['id', 'diploma']);
    expect(offeredValues(['id', 'contract'], undefined)).toEqual(['id', 'contract']);
  });
});

describe('isShown', () => {
  it('shows a field only for the listed sibling values (预约日期 for an appointment, 终止日期 when ended)', () => {
    expect(isShown({ field: 'channel', values: ['appointment'] }, 'appointment')).toBe(true);
    expect(isShown({ field: 'channel', values: ['appointment'] }, 'walk-in')).toBe(false);
    expect(isShown({ field: 'channel', values: ['appointment'] }, undefined)).toBe(false);
    expect(isShown({ field: 'employmentEnded', values: [true] }, true)).toBe(true);
    expect(isShown({ field: 'employmentEnded', values: [true] }, false)).toBe(false);
  });
});

describe('isDayDisabled', () => {
  const day = (iso: string) => dateToPicker(iso)!;
  it('disables the days outside the bounds the server checks, against the business date given', () => {
    const past = { type: 'string', widget: 'date', notAfter: 'today' } as const;
    expect(isDayDisabled(day('2026-09-09'), past, {}, '2026-09-08')).toBe(true);
    expect(isDayDisabled(day('2026-09-08'), past, {}, '2026-09-08')).toBe(false);
    const future = { type: 'string', widget: 'date', notBefore: 'today' } as const;
    expect(isDayDisabled(day('2026-09-07'), future, {}, '2026-09-08')).toBe(true);
    expect(isDayDisabled(day('2026-09-08'), future, {}, '2026-09-08')).toBe(false);
    expect(isDayDisabled(day('1999-01-01'), { type: 'string', widget: 'date' }, {}, '2026-09-08')).toBe(
      false,
    );
  });

  it('a bound naming a sibling follows that field once filled', () => {
    const after = { type: 'string', widget: 'date', notBefore: { field: 'receivedOn' } } as const;
    expect(boundFields(after)).toEqual(['receivedOn']);
    expect(isDayDisabled(day('2026-09-01'), after, { receivedOn: '2026-09-02' }, '2026-09-08')).toBe(true);
    expect(isDayDisabled(day('2026-09-01'), after, {}, '2026-09-08')).toBe(false);
  });
});

describe('pickerFilledFields', () => {
  it('maps the name a picker fills to the picker', () => {
    expect(
      pickerFilledFields({
        mediatorUserId: { type: 'string', widget: 'account', role: 'mediator', nameField: 'mediatorName' },
        mediatorName: { type: 'string' },
        partyId: { type: 'string', widget: 'party', nameField: 'partyName' },
        partyName: { type: 'string' },
      }),
    ).toEqual({ mediatorName: 'mediatorUserId', partyName: 'partyId' });
    expect(pickerFilledFields(undefined)).toEqual({});
  });
});

describe('ownAccount', () => {
  const notary = { id: 'u1', displayName: '公证员李某', roles: ['notary'] };
  it('starts a notary account field with the logged-in notary, name and all', () => {
    expect(ownAccount('notary', notary)).toEqual({ id: 'u1', name: '公证员李某' });
  });
  it('starts it empty for someone without the role', () => {
    expect(ownAccount('notary', { ...notary, roles: ['clerk'] })).toBeUndefined();
  });
});

describe('stillNeeded', () => {
  it('names the needed values not yet picked, in the order the matter gives them', () => {
    expect(stillNeeded(['id', 'instrument', 'agent-id'], ['agent-id'])).toEqual(['id', 'instrument']);
    expect(stillNeeded(['id'], ['id', 'instrument'])).toEqual([]);
    expect(stillNeeded(['id'], undefined)).toEqual(['id']);
    expect(stillNeeded(undefined, ['id'])).toEqual([]);
  });
});

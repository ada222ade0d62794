import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../api/errors.js';
import {
  checked,
  errorsOfValidation,
  formErrorsFromApi,
  hasErrors,
  NO_ERRORS,
  summaryItems,
  topField,
} from './form-errors.js';

function problem(params: { name: string; reason: string }[], detail?: string) {
  const invalidParams = params.map((param) => ({ ...param, code: 'invalid' }));
  return new ApiError({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    ...(detail ? { detail } : {}),
    invalidParams,
  });
}

describe('messages from a failed call', () => {
  it('puts each invalidParam at the field the form shows, the rest in the general text', () => {
    const error = problem(
      [
        { name: 'email', reason: 'Vul een geldig e-mailadres in.' },
        { name: 'email', reason: 'Een tweede melding verdringt de eerste niet.' },
        { name: 'tenant', reason: 'Deze organisatie bestaat niet.' },
      ],
      'De gegevens zijn niet goed ingevuld.',
    );
    expect(formErrorsFromApi(error, ['email', 'naam'])).toEqual({
      fields: { email: 'Vul een geldig e-mailadres in.' },
      general: 'De gegevens zijn niet goed ingevuld. Deze organisatie bestaat niet.',
    });
  });

  it('says nothing general when every message has its field', () => {
    const error = problem([{ name: 'naam', reason: 'Vul een naam in.' }], 'Niet goed ingevuld.');
    expect(formErrorsFromApi(error, ['naam'])).toEqual({ fields: { naam: 'Vul een naam in.' } });
  });

  it('gives an item of a list to the list field only when asked', () => {
    const error = problem([{ name: 'gemeenten.3', reason: 'Onbekende CBS-code GM9999.' }]);
    expect(formErrorsFromApi(error, ['gemeenten'], { fieldOf: topField }).fields).toEqual({
      gemeenten: 'Onbekende CBS-code GM9999.',
    });
    expect(formErrorsFromApi(error, ['gemeenten']).fields).toEqual({});
  });

  it('keeps the sentence with the field messages when the form always explains', () => {
    const error = problem([{ name: 'antwoorden.Q3', reason: 'Kies 1 tot 5.' }], 'Niet opgeslagen.');
    const fieldOf = (name: string) => name.replace(/^antwoorden\./, '');
    expect(formErrorsFromApi(error, ['Q3'], { fieldOf, alwaysGeneral: true })).toEqual({
      fields: { Q3: 'Kies 1 tot 5.' },
      general: 'Niet opgeslagen.',
    });
  });

  it('falls back to the Dutch title of the status, and to a plain sentence for other failures', () => {
    expect(formErrorsFromApi(problem([]), []).general).toBe('De gegevens zijn niet goed ingevuld.');
    expect(formErrorsFromApi(new TypeError('fetch failed'), ['naam'])).toEqual({
      fields: {},
      general: 'Er ging iets mis. Probeer het opnieuw.',
    });
  });
});

describe('the check before sending', () => {
  const schema = z.object({ naam: z.string().min(1, 'Vul een naam in.'), jaar: z.number() });

  it('takes a zod result as it is, first message per field', () => {
    const validation = schema.safeParse({ naam: '', jaar: 'x' });
    const errors = errorsOfValidation(validation);
    expect(errors.fields.naam).toBe('Vul een naam in.');
    expect(Object.keys(errors.fields)).toEqual(['naam', 'jaar']);
    expect(errorsOfValidation(schema.safeParse({ naam: 'a', jaar: 1 }))).toBe(NO_ERRORS);
  });

  it('builds the body only when no field has a message', () => {
    let built = 0;
    const body = () => ({ built: ++built });
    expect(checked({ taak: 'Kies de taak.' }, body)).toEqual({
      success: false,
      fields: { taak: 'Kies de taak.' },
    });
    expect(built).toBe(0);
    expect(checked({}, body)).toEqual({ success: true, data: { built: 1 } });
  });

  it('keeps a general message from a hand-written check', () => {
    const errors = errorsOfValidation({ success: false, fields: {}, general: 'Link verlopen.' });
    expect(errors).toEqual({ fields: {}, general: 'Link verlopen.' });
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors(NO_ERRORS)).toBe(false);
  });
});

describe('the error summary', () => {
  it('links the messages in the order of the fields on the page, skipping fields without one', () => {
    const fieldIds = { naam: 'code-naam', soort: 'code-soort', code: 'code-code' };
    const errors = { fields: { code: 'Begin met L-.', naam: 'Vul een naam in.', elders: 'x' } };
    expect(summaryItems(errors, fieldIds)).toEqual([
      { fieldId: 'code-naam', message: 'Vul een naam in.' },
      { fieldId: 'code-code', message: 'Begin met L-.' },
    ]);
  });
});

// Money and links as documents print them, without a database: figures in each currency's minor
// unit, amounts in words, and the verification token's shape.
import { describe, expect, it } from 'vitest';
import { amountInWords, formatMoney, numberInWords } from '../src/modules/documents/money.ts';
import { DocumentLinks } from '../src/runtime/document-links.ts';
import { longDate } from '../src/shared/dates.ts';

describe('figures', () => {
  it("use the currency's ISO 4217 minor unit and group thousands", () => {
    expect(formatMoney(123456789n, 'NGN')).toBe('NGN 1,234,567.89');
    expect(formatMoney(5n, 'NGN')).toBe('NGN 0.05');
    expect(formatMoney(-500000n, 'USD')).toBe('USD -5,000.00');
    expect(formatMoney(1500n, 'JPY')).toBe('JPY 1,500');
    expect(formatMoney(1500n, 'KWD')).toBe('KWD 1.500');
    expect(formatMoney(10n ** 15n, 'NGN')).toBe('NGN 10,000,000,000,000.00');
  });
});

describe('words', () => {
  it('say whole numbers in British English', () => {
    const cases: [bigint, string][] = [
      [0n, 'zero'],
      [7n, 'seven'],
      [40n, 'forty'],
      [99n, 'ninety-nine'],
      [100n, 'one hundred'],
      [101n, 'one hundred and one'],
      [1005n, 'one thousand and five'],
      [1234n, 'one thousand two hundred and thirty-four'],
      [1_000_050n, 'one million and fifty'],
      [2_500_000n, 'two million five hundred thousand'],
      [10n ** 13n, 'ten trillion'],
    ];
    for (const [n, words] of cases) expect(numberInWords(n)).toBe(words);
  });

  it('name the units of the currency, and its minor unit when there is one', () => {
    expect(amountInWords(500000000n, 'NGN')).toBe('Five million naira only');
    expect(amountInWords(123456789n, 'NGN')).toBe(
      'One million two hundred and thirty-four thousand five hundred and sixty-seven naira and eighty-nine kobo only',
    );
    expect(amountInWords(50n, 'NGN')).toBe('Fifty kobo only');
    expect(amountInWords(101n, 'USD')).toBe('One US dollar and one cent only');
    expect(amountInWords(200n, 'GBP')).toBe('Two pounds sterling only');
    expect(amountInWords(1n, 'GBP')).toBe('One penny only');
    expect(amountInWords(2500n, 'XOF')).toBe('Two thousand five hundred CFA francs only');
    expect(amountInWords(100050n, 'AED')).toBe('One thousand AED and 50/100 only');
    expect(amountInWords(0n, 'NGN')).toBe('Zero naira only');
  });

  it('print a calendar date the same in every locale', () => {
    expect(longDate(new Date('2026-02-01T00:00:00Z'))).toBe('1 February 2026');
  });
});

describe('verification tokens', () => {
  const links = new DocumentLinks('a-secret-that-is-at-least-32-characters', 'https://api.example.com', 300);
  const companyId = '0b9a1f64-3c1e-4d2a-9c55-6f1d2b7e8a90';
  const paymentId = 'c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f';

  it('are short, the same for the same receipt, and name it', () => {
    const token = links.verificationToken(companyId, paymentId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{66}$/);
    expect(links.verificationToken(companyId, paymentId)).toBe(token);
    expect(links.verificationUrl(companyId, paymentId)).toBe(`https://api.example.com/verify/${token}`);
    expect(links.openVerification(token)).toEqual({ companyId, paymentId });
  });

  it('open only as this server signed them', () => {
    const token = links.verificationToken(companyId, paymentId);
    const other = new DocumentLinks('another-secret-of-at-least-32-characters', 'https://api.example.com', 300);
    expect(other.openVerification(token)).toBeNull();
    const bytes = Buffer.from(token, 'base64url');
    for (const i of [0, 1, 20, 40, 48]) {
      const changed = Buffer.from(bytes);
      changed[i] ^= 0x10;
      expect(links.openVerification(changed.toString('base64url'))).toBeNull();
    }
    expect(links.openVerification(`${token}A`)).toBeNull();
    expect(links.openVerification(token.slice(1))).toBeNull();
  });
});

// Money in major units: a whole number of minor units written as a decimal with the currency's
// ISO 4217 exponent (NGN 2: "1234.50"; JPY 0: "1234"; KWD 3: "1.234"). Exact: never a float.

/** ISO 4217 currencies whose minor unit is not a hundredth. */
const EXPONENT: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** Digits after the decimal point in `currency`'s major unit (2 unless ISO 4217 says otherwise). */
export const exponentOf = (currency: string): number => EXPONENT[currency] ?? 2;

/** `minor` units of `currency` as a decimal string in major units: 123450n NGN -> "1234.50". */
export function majorUnits(minor: bigint, currency: string): string {
  const exponent = exponentOf(currency);
  const sign = minor < 0n ? '-' : '';
  const digits = (minor < 0n ? -minor : minor).toString();
  if (exponent === 0) return sign + digits;
  const padded = digits.padStart(exponent + 1, '0');
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

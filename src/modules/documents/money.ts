// Money as documents print it: figures in the currency's ISO 4217 minor unit (`NGN 1,234,567.89`)
// and words in British English (`One million two hundred and thirty-four thousand five hundred and
// sixty-seven naira and eighty-nine kobo only`). Amounts stay bigint minor units throughout.

const digitsOf = new Map<string, number>();

/** Digits after the decimal point of `currency` (ISO 4217, from Node's ICU data: NGN 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    try {
      const format = new Intl.NumberFormat('en', { style: 'currency', currency });
      digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    // Currency codes are three letters (validated on the way in): a bounded map.
    if (digitsOf.size < 1000) digitsOf.set(currency, digits);
  }
  return digits;
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** `NGN 1,234,567.89`; a negative amount `NGN -5,000.00`. */
export function formatMoney(minor: bigint, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0n ? '-' : '';
  const abs = minor < 0n ? -minor : minor;
  const scale = 10n ** BigInt(digits);
  const major = group((abs / scale).toString());
  const fraction = digits ? `.${(abs % scale).toString().padStart(digits, '0')}` : '';
  return `${currency} ${sign}${major}${fraction}`;
}

/** Names of a currency's units, singular and plural; others are named by their code. */
const UNITS: Record<string, { major: [string, string]; minor?: [string, string] }> = {
  NGN: { major: ['naira', 'naira'], minor: ['kobo', 'kobo'] },
  GHS: { major: ['cedi', 'cedis'], minor: ['pesewa', 'pesewas'] },
  KES: { major: ['Kenyan shilling', 'Kenyan shillings'], minor: ['cent', 'cents'] },
  ZAR: { major: ['rand', 'rand'], minor: ['cent', 'cents'] },
  XOF: { major: ['CFA franc', 'CFA francs'] },
  XAF: { major: ['CFA franc', 'CFA francs'] },
  USD: { major: ['US dollar', 'US dollars'], minor: ['cent', 'cents'] },
  EUR: { major: ['euro', 'euros'], minor: ['cent', 'cents'] },
  GBP: { major: ['pound sterling', 'pounds sterling'], minor: ['penny', 'pence'] },
};

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion', 'quintillion', 'sextillion'];

/** 1..99 */
const belowHundred = (n: number) => (n < 20 ? ONES[n] : TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : ''));

/** 1..999 */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (!hundreds) return belowHundred(rest);
  return `${ONES[hundreds]} hundred${rest ? ` and ${belowHundred(rest)}` : ''}`;
}

/** A whole number in words, short scale, British "and": 1005 is "one thousand and five". */
export function numberInWords(value: bigint): string {
  if (value < 0n) return `minus ${numberInWords(-value)}`;
  if (value === 0n) return ONES[0];
  const groups: number[] = [];
  for (let rest = value; rest > 0n; rest /= 1000n) groups.push(Number(rest % 1000n));
  if (groups.length > SCALES.length) throw new RangeError('Too large to say in words.');
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const n = groups[i];
    if (!n) continue;
    // The last group takes "and" when it has no hundreds and something bigger came before it.
    const and = i === 0 && n < 100 && groups.length > 1 ? 'and ' : '';
    words.push(`${and}${belowThousand(n)}${SCALES[i] ? ` ${SCALES[i]}` : ''}`);
  }
  return words.join(' ');
}

const unit = (n: bigint, [one, many]: [string, string]) => (n === 1n ? one : many);

/** `Five million naira only`; `Twelve US dollars and fifty cents only`; `One thousand AED and 50/100 only`. */
export function amountInWords(minor: bigint, currency: string): string {
  const abs = minor < 0n ? -minor : minor;
  const scale = 10n ** BigInt(minorDigits(currency));
  const major = abs / scale;
  const cents = abs % scale;
  const names = UNITS[currency];
  const parts: string[] = [];
  if (major > 0n || cents === 0n) parts.push(`${numberInWords(major)} ${names ? unit(major, names.major) : currency}`);
  if (cents > 0n) {
    const minorName = names?.minor;
    parts.push(minorName ? `${numberInWords(cents)} ${unit(cents, minorName)}` : `${cents}/${scale}`);
  }
  const text = `${minor < 0n ? 'minus ' : ''}${parts.join(' and ')} only`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Company prefixes ("LPL" in LPL-MKT003) and slugs (the company's name at sign-in).

export const PREFIX_PATTERN = /^[A-Z]{2,5}$/;
const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

/** Words of a name as upper-case A–Z letters (accents dropped, other characters split words). */
function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean);
}

/**
 * "Lamba Property Limited" -> "LPL" (initials of the first three words); "Test Company" -> "TST"
 * (a name of fewer than three words: first letter, then the next consonants of its first word,
 * then its other letters, then the next words' letters). Null when the name has under 2 letters.
 */
export function derivePrefix(name: string): string | null {
  const ws = words(name);
  if (ws.length >= 3)
    return ws
      .slice(0, 3)
      .map((w) => w[0])
      .join('');
  const letters = ws.join('');
  if (letters.length < 2) return null;
  const [first] = ws;
  const picked = [first[0]];
  const take = (candidates: string[]) => {
    for (const c of candidates) if (picked.length < 3) picked.push(c);
  };
  const rest = first
    .slice(1)
    .split('')
    .map((c, i) => ({ c, i }));
  const consonants = rest.filter(({ c }) => !VOWELS.has(c));
  take(consonants.map(({ c }) => c));
  if (picked.length < 3) {
    // Not enough consonants: fill from the first word's vowels, in order, then later words.
    const used = new Set(consonants.map(({ i }) => i));
    take(rest.filter(({ i }) => !used.has(i)).map(({ c }) => c));
    take(ws.slice(1).join('').split(''));
  }
  return picked.join('');
}

/**
 * Free prefixes to suggest when `wanted` is taken, nearest first: the derived letters with a
 * later letter of the name swapped in, then with A–Z appended.
 */
export function* prefixCandidates(name: string, wanted: string): Generator<string> {
  const letters = words(name).join('');
  const head = wanted.slice(0, 2);
  for (const c of letters.slice(2)) yield head + c;
  for (const c of letters.slice(1)) yield wanted[0] + c + wanted[2 % wanted.length];
  for (let code = 65; code <= 90; code++) if (wanted.length < 5) yield wanted + String.fromCharCode(code);
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) yield wanted.slice(0, 3) + String.fromCharCode(a, b);
}

/** "Lamba Property Limited" -> "lamba-property-limited". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'company';
}

const NUMBER_WORDS = [
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
];

/** Small counts read better as words in running text ("six tensions"); larger ones as digits. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/**
 * Hand-checked fuzzy cases, as data. Each expected value comes from RapidFuzz's own tests or
 * documentation (the source is named in `from`); `digits` is how many decimals that source states
 * (RapidFuzz's tests compare with pytest.approx or 4-5 places; values they truncate to 5 decimals are checked to 4), `exact` marks values it states in
 * full. Strings compare by code point.
 */
import type { ScoreName } from '../oracle/fuzzy';

export interface FuzzyScoreCase {
  readonly from: string;
  readonly scorer: ScoreName;
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly digits?: number;
  readonly scoreCutoff?: number;
  readonly processDefault?: boolean;
}

const mets = 'new york mets';
const vs1 = 'new york mets vs atlanta braves';
const vs2 = 'atlanta braves vs new york mets';

export const fuzzyScoreCases: readonly FuzzyScoreCase[] = [
  { from: 'test_fuzz.py test_no_processor', scorer: 'ratio', a: mets, b: mets, score: 100 },
  { from: 'fuzz.ratio docstring', scorer: 'ratio', a: 'this is a test', b: 'this is a test!', score: 96.55172, digits: 4 },
  { from: 'test_fuzz.py test_partial_ratio', scorer: 'partialRatio', a: mets, b: 'the wonderful new york mets', score: 100 },
  { from: 'fuzz.partial_ratio docstring', scorer: 'partialRatio', a: 'this is a test', b: 'this is a test!', score: 100 },
  { from: 'test_fuzz.py test_issue76', scorer: 'partialRatio', a: 'physics 2 vid', b: 'study physics physics 2', score: 81.81818, digits: 4 },
  { from: 'test_fuzz.py test_issue76', scorer: 'partialRatio', a: 'physics 2 vid', b: 'study physics physics 2 video', score: 100 },
  { from: 'test_fuzz.py test_issue90', scorer: 'partialRatio', a: 'ax b', b: 'a b a c b', score: 85.71428, digits: 4 },
  { from: 'test_fuzz.py test_issue138', scorer: 'partialRatio', a: 'a'.repeat(65), b: `a${String.fromCodePoint(256)}${'a'.repeat(63)}`, score: 99.22481, digits: 4 },
  {
    from: 'test_fuzz.py testIssue257',
    scorer: 'partialRatio',
    a: 'aaaaaaaaaaaaaaaaaaaaaaaabacaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb',
    b: 'aaaaaaaaaaaaaaaaaaaaaaaababaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb',
    score: 98.46153846153847,
    digits: 9,
  },
  { from: 'test_fuzz.py test_token_sort_ratio', scorer: 'tokenSortRatio', a: mets, b: mets, score: 100 },
  { from: 'fuzz.token_sort_ratio docstring', scorer: 'tokenSortRatio', a: 'fuzzy wuzzy was a bear', b: 'wuzzy fuzzy was a bear', score: 100 },
  { from: 'test_fuzz.py testPartialTokenSortRatio', scorer: 'partialTokenSortRatio', a: vs1, b: vs2, score: 100 },
  { from: 'test_fuzz.py testTokenSetRatio', scorer: 'tokenSetRatio', a: vs1, b: vs2, score: 100 },
  { from: 'test_fuzz.py testTokenSetRatio', scorer: 'tokenSetRatio', a: 'js', b: 'vue js', score: 100 },
  { from: 'fuzz.token_set_ratio docstring', scorer: 'tokenSetRatio', a: 'fuzzy was a bear', b: 'fuzzy fuzzy was a bear', score: 100 },
  { from: 'fuzz.token_set_ratio docstring', scorer: 'tokenSetRatio', a: 'fuzzy was a bear but not a dog', b: 'fuzzy was a bear', score: 100 },
  {
    from: 'fuzz.token_set_ratio docstring',
    scorer: 'tokenSetRatio',
    a: 'fuzzy was a bear but not a dog',
    b: 'fuzzy was a bear but not a cat',
    score: 92.3076923076923,
    digits: 9,
  },
  { from: 'test_fuzz.py testPartialTokenSetRatio', scorer: 'partialTokenSetRatio', a: vs1, b: vs2, score: 100 },
  { from: 'test_fuzz.py testQuickRatioEqual', scorer: 'QRatio', a: mets, b: mets, score: 100, processDefault: true },
  { from: 'test_fuzz.py testQuickRatioCaseInsensitive', scorer: 'QRatio', a: mets, b: 'new YORK mets', score: 100, processDefault: true },
  { from: 'test_fuzz.py testWRatioEqual', scorer: 'WRatio', a: mets, b: mets, score: 100, processDefault: true },
  { from: 'test_fuzz.py testWRatioCaseInsensitive', scorer: 'WRatio', a: mets, b: 'new YORK mets', score: 100, processDefault: true },
  { from: 'test_fuzz.py testWRatioPartialMatch', scorer: 'WRatio', a: mets, b: 'the wonderful new york mets', score: 90 },
  { from: 'test_fuzz.py testWRatioMisorderedMatch', scorer: 'WRatio', a: vs1, b: vs2, score: 95 },
  { from: 'test_fuzz.py test_issue196', scorer: 'WRatio', a: 'South Korea', b: 'North Korea', score: 81.81818, digits: 4 },
  { from: 'test_fuzz.py test_issue196', scorer: 'WRatio', a: 'South Korea', b: 'North Korea', score: 0, scoreCutoff: 85.4 },
  { from: 'test_fuzz.py test_issue196', scorer: 'WRatio', a: 'South Korea', b: 'North Korea', score: 0, scoreCutoff: 85.5 },
  // test_empty_string: perfect match, or no match, depending on the score.
  ...(['ratio', 'partialRatio', 'tokenSortRatio', 'partialTokenSortRatio', 'tokenRatio', 'partialTokenRatio'] as const).map(
    (scorer): FuzzyScoreCase => ({ from: 'test_fuzz.py test_empty_string', scorer, a: '', b: '', score: 100 }),
  ),
  ...(['WRatio', 'QRatio', 'tokenSetRatio', 'partialTokenSetRatio'] as const).map(
    (scorer): FuzzyScoreCase => ({ from: 'test_fuzz.py test_empty_string', scorer, a: '', b: '', score: 0 }),
  ),
  { from: 'test_fuzz.py test_empty_string', scorer: 'tokenSetRatio', a: '    ', b: '    ', score: 0 },
  { from: 'test_fuzz.py test_empty_string', scorer: 'partialTokenSetRatio', a: '    ', b: '    ', score: 0 },
  // test_simple_unicode_tests, every scorer.
  ...(['ratio', 'partialRatio', 'tokenSortRatio', 'tokenSetRatio', 'tokenRatio', 'partialTokenSortRatio', 'partialTokenSetRatio', 'partialTokenRatio', 'WRatio', 'QRatio'] as const).flatMap(
    (scorer): FuzzyScoreCase[] => [
      { from: 'test_fuzz.py test_simple_unicode_tests', scorer, a: 'ÁÄ', b: 'ABCD', score: 0 },
      { from: 'test_fuzz.py test_simple_unicode_tests', scorer, a: 'ÁÄ', b: 'ÁÄ', score: 100 },
    ],
  ),
];

export interface AlignmentCase {
  readonly from: string;
  readonly a: string;
  readonly b: string;
  readonly scoreCutoff?: number;
  /** null: below the cutoff. No score: the source states only the window. */
  readonly expected: { score?: number; srcStart: number; srcEnd: number; destStart: number; destEnd: number } | null;
}

const german1 = 'er merkantilismus förderte handle und verkehr mit teils marktkonformen, teils dirigistischen maßnahmen.';
const german2 = 'ils marktkonformen, teils dirigistischen maßnahmen. an der schwelle zum 19. jahrhundert entstand ein neu';

export const alignmentCases: readonly AlignmentCase[] = [
  { from: 'test_fuzz.py test_partial_ratio_alignment', a: 'certain', b: 'a certain string', expected: { score: 100, srcStart: 0, srcEnd: 7, destStart: 2, destEnd: 9 } },
  { from: 'test_fuzz.py test_partial_ratio_alignment', a: 'a certain string', b: 'certain', expected: { score: 100, srcStart: 2, srcEnd: 9, destStart: 0, destEnd: 7 } },
  { from: 'test_fuzz.py test_partial_ratio_alignment', a: 'test', b: 'tesx', scoreCutoff: 90, expected: null },
  {
    from: 'fuzz.partial_ratio_alignment docstring',
    a: 'a certain string',
    b: 'cetain',
    expected: { score: 83.33333333333334, srcStart: 2, srcEnd: 8, destStart: 0, destEnd: 6 },
  },
  { from: 'test_fuzz.py test_issue231', a: german1, b: german2, expected: { srcStart: 0, srcEnd: 103, destStart: 0, destEnd: 51 } },
];

export interface FuzzyMetricCase {
  readonly from: string;
  readonly metric: 'jaro' | 'jaroWinkler' | 'lcsseq';
  readonly a: string;
  readonly b: string;
  /** normalized similarity */
  readonly similarity: number;
  readonly digits: number;
}

const zeros = (n: number) => '0'.repeat(n);
const longOnes = `0${'1'}${zeros(126)}`;

export const fuzzyMetricCases: readonly FuzzyMetricCase[] = [
  // tests/distance/test_Jaro.py and test_JaroWinkler.py, test_edge_case_lengths / test_hash_special_case.
  { from: 'test_Jaro.py', metric: 'jaro', a: '', b: '', similarity: 0, digits: 4 },
  { from: 'test_Jaro.py', metric: 'jaro', a: '0', b: '0', similarity: 1, digits: 4 },
  { from: 'test_Jaro.py', metric: 'jaro', a: '00', b: '00', similarity: 1, digits: 4 },
  { from: 'test_Jaro.py', metric: 'jaro', a: '0', b: '00', similarity: 0.83333, digits: 4 },
  { from: 'test_Jaro.py', metric: 'jaro', a: zeros(65), b: zeros(65), similarity: 1, digits: 4 },
  { from: 'test_Jaro.py', metric: 'jaro', a: zeros(64), b: zeros(65), similarity: 0.99487, digits: 4 },
  { from: 'test_Jaro.py', metric: 'jaro', a: zeros(63), b: zeros(65), similarity: 0.98974, digits: 4 },
  { from: 'test_Jaro.py', metric: 'jaro', a: `1${zeros(62)}20`, b: zeros(65), similarity: 0.97948, digits: 4 },
  { from: 'test_Jaro.py', metric: 'jaro', a: `${zeros(78)}1`, b: `${zeros(14)}1${zeros(24)}1${zeros(25)}`, similarity: 0.92223, digits: 4 },
  { from: 'test_Jaro.py', metric: 'jaro', a: longOnes, b: zeros(65), similarity: 0.83593, digits: 4 },
  { from: 'test_JaroWinkler.py', metric: 'jaroWinkler', a: '', b: '', similarity: 0, digits: 4 },
  { from: 'test_JaroWinkler.py', metric: 'jaroWinkler', a: '0', b: '00', similarity: 0.85, digits: 4 },
  { from: 'test_JaroWinkler.py', metric: 'jaroWinkler', a: zeros(64), b: zeros(65), similarity: 0.9969, digits: 4 },
  { from: 'test_JaroWinkler.py', metric: 'jaroWinkler', a: zeros(63), b: zeros(65), similarity: 0.9938, digits: 4 },
  { from: 'test_JaroWinkler.py', metric: 'jaroWinkler', a: `1${zeros(62)}20`, b: zeros(65), similarity: 0.97948, digits: 4 },
  { from: 'test_JaroWinkler.py', metric: 'jaroWinkler', a: `${zeros(78)}1`, b: `${zeros(14)}1${zeros(24)}1${zeros(25)}`, similarity: 0.95333, digits: 4 },
  { from: 'test_JaroWinkler.py', metric: 'jaroWinkler', a: longOnes, b: zeros(65), similarity: 0.85234, digits: 4 },
  // LCSseq docstring: normalized_similarity("lewenstein", "levenshtein").
  { from: 'LCSseq.normalized_similarity docstring', metric: 'lcsseq', a: 'lewenstein', b: 'levenshtein', similarity: 0.8181818181818181, digits: 12 },
];

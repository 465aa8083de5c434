import { buildDictionary, Kind, type Dictionary } from './strength';
import {
  englishWords,
  nlFirstNames,
  nlPasswords,
  nlPlaces,
  nlSurnames,
  nlWords,
  tvAndFilmWords,
  zxcvbnPasswords,
} from './wordlists.generated';

let dictionary: Dictionary | null = null;

/**
 * The meter's dictionary, built once: the lists in the server's order of precedence
 * (server/auth/strength/dictionary.go, `sources`), as far as the browser has them.
 */
export function passwordDictionary(): Dictionary {
  dictionary ??= buildDictionary([
    { entries: zxcvbnPasswords, kind: Kind.Password },
    { entries: nlPasswords, kind: Kind.Password },
    { entries: nlWords, kind: Kind.Word },
    { entries: nlFirstNames, kind: Kind.Name },
    { entries: nlSurnames, kind: Kind.Name },
    { entries: nlPlaces, kind: Kind.Word },
    { entries: englishWords, kind: Kind.Word },
    { entries: tvAndFilmWords, kind: Kind.Word },
  ]);
  return dictionary;
}

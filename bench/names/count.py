#!/usr/bin/env python3
"""Count corpus occurrences of the English-Russian name pairs in pairs.tsv.

For every pair:
  ru_docs = number of documents of the Russian collections whose text contains
            the Russian name (or a russian_variant) in some case form;
  en_docs = number of documents of the English collections whose text contains
            the English name (or an english_variant).

Russian matching
  * ё is folded to е in both names and texts;
  * every word of a name is expanded with a generic declension (see ru_forms);
    the first letter is case-sensitive (a lower-case particle such as "де" or a
    common noun such as "план" may also be capitalised at the start of a sentence);
  * whole words only (not preceded/followed by a letter or digit);
  * multi-word names: the words in sequence, separated by space(s), hyphen(s),
    dash(es) or apostrophes, in any mix ("Ллойд Джордж" also matches
    "Ллойд-Джорджа"); every word is declined (the base form is always included);
  * upper-case acronyms (ТАСС, НКВД) are not declined.
English matching
  * the name as a whole word, either as written (Capitalised) or in ALL CAPS;
    a lower-case first particle ("de Gaulle") may be capitalised ("De Gaulle");
  * possessive allowed ("Eden's", "EDEN'S": the apostrophe ends the word);
  * multi-word names: words in sequence separated by spaces/newlines/hyphens/
    dashes/apostrophes ("Chiang Kai-shek" also matches "Chiang Kai shek";
    case of the later words as written, so "Chou En Lai" is listed as a variant).

Standard library only.  Usage:  python3 count.py [pairs.tsv] [counts.tsv]
Also writes counts_detail.tsv (per-spelling document counts) next to counts.tsv.
"""
import json
import os
import re
import sys
from collections import defaultdict

CORPORA = os.environ.get("CORPORA", "/work/shared/corpora")
RU_FILES = [
    ("ru-stalin-works/stalin_works.jsonl", "jsonl"),
    ("ru-sov-chrest-1963/sov_chrest_lit_grade1_1963.jsonl", "jsonl"),
    ("wilson-da-samples/da_transcript_33548_ru.txt", "txt"),
]
EN_FILES = [
    ("dfat-australia-foreign-policy-en/dafp_docs_1945_1983.jsonl", "jsonl"),
    ("jfk-records-ocr-en/jfk_2021_release_full.jsonl", "jsonl"),
    ("jfk-records-ocr-en/jfk_2025_release_subset.jsonl", "jsonl"),
    ("wilson-da-samples/wilson_scrape_sample_23docs.jsonl", "jsonl"),
]

WORD = re.compile(r"\w+")
# separators allowed between the words of a multi-word name
SEP = r"[\s\-\u2010\u2011\u2012\u2013\u2014'\u2019]+"


def load(files, fold_yo=False):
    """Return a list of document texts (one per JSONL line / per .txt file)."""
    docs = []
    for rel, fmt in files:
        path = os.path.join(CORPORA, rel)
        if fmt == "txt":
            with open(path, encoding="utf-8") as f:
                docs.append(f.read())
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                obj = json.loads(line)
                # the Wilson Center scrape keeps the body in text_body
                text = obj.get("text") or obj.get("text_body") or ""
                docs.append(text)
    if fold_yo:
        docs = [d.replace("ё", "е").replace("Ё", "Е") for d in docs]
    return docs


def build_index(docs):
    """word -> set of doc ids, for words whose first character is upper case."""
    index = defaultdict(set)
    for i, text in enumerate(docs):
        for w in set(WORD.findall(text)):
            if w[0].isupper():
                index[w].add(i)
    return index


# ---------------------------------------------------------------- Russian
VOWELS = set("аеёиоуыэюя")
RU_PARTICLES = {"де", "да", "ди", "дель", "ле", "ла", "фон", "ван", "бен", "эль", "аль", "ибн", "у"}


def ru_forms(word):
    """Generic declension of one Russian word -> list of surface forms.

    consonant-final: +а/у/ом/е/ы/ов/ам/ами/ах/ым/ой (+ем/ей/и after hushing etc.)
    -а / -я        : а/я, ы, и, е, у, ю, ой, ей, ою, ею
    -ия            : ия, ии, ию, ией, иею
    -ь             : ь, я, ю, ем, е, и, ей, ям, ями, ях
    -ий / -ый      : ий/ый, ого, ому, им/ым, ом (+ noun type ия, ию, ием, ии)
    -ой            : ой, ого, ому, ым, ом
    -ай/-ей/-уй... : й, я, ю, ем, е, и, ей
    -ая            : ая, ой, ую, ою          (adjectival feminine)
    -ые / -ие      : ые/ие, ых/их, ым/им, ыми/ими (adjectival plural)
    -ы             : ы, ов, ам, ами, ах, zero (plural-only names: Афины, Нидерланды)
    other vowel-final foreign names (-и, -у, -о, -э, -е, -ю): indeclinable.
    """
    w = word.replace("ё", "е").replace("Ё", "Е")
    lw = w.lower()
    if lw in RU_PARTICLES or len(w) < 2 or not w[-1].isalpha():
        return [w]
    if w.isupper():
        return [w]  # acronym (ТАСС, НКВД, НАТО): written indeclinable

    def add(stem, ends):
        return [stem + e for e in ends]

    if lw.endswith("ия"):
        return add(w[:-2], ["ия", "ии", "ию", "ией", "иею"])
    if lw.endswith("ая"):
        return add(w[:-2], ["ая", "ой", "ую", "ою"])
    if lw.endswith("ые"):
        return add(w[:-2], ["ые", "ых", "ым", "ыми"])
    if lw.endswith("ие") and len(w) > 4:
        return add(w[:-2], ["ие", "их", "им", "ими"])
    if lw.endswith("ий") or lw.endswith("ый"):
        return add(w[:-2], [lw[-2:], "ого", "ому", "им", "ым", "ом", "ия", "ию", "ием", "ии"])
    if lw.endswith("ой") and len(w) > 3:
        return add(w[:-2], ["ой", "ого", "ому", "ым", "ом"])
    if lw.endswith("й"):
        return add(w[:-1], ["й", "я", "ю", "ем", "е", "и", "ей"])
    if lw.endswith("а"):
        return add(w[:-1], ["а", "ы", "и", "е", "у", "ой", "ою", "ей"])
    if lw.endswith("я"):
        return add(w[:-1], ["я", "и", "е", "ю", "ей", "ею"])
    if lw.endswith("ь"):
        return add(w[:-1], ["ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"])
    if lw.endswith("ы") and len(w) > 3:
        return add(w[:-1], ["ы", "ов", "ам", "ами", "ах", ""])
    if lw[-1] in VOWELS:
        return [w]  # indeclinable foreign name (Кеннеди, Неру, Франко, Баку)
    return add(w, ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ым", "ой", "ем", "ей", "и"])


def en_forms(word):
    return [word]


def capital_variants(forms):
    """Lower-case first word (particle/common noun) may be capitalised at sentence start."""
    out = list(forms)
    for f in forms:
        if f[:1].islower():
            out.append(f[:1].upper() + f[1:])
    return out


class Matcher:
    def __init__(self, docs, index):
        self.docs = docs
        self.index = index

    def docs_for(self, token_forms):
        """token_forms: list (per word) of lists of surface forms -> set of doc ids."""
        # candidate docs: intersection over words that can be looked up in the
        # (upper-case-initial) index
        cand = None
        for forms in token_forms:
            upper = [f for f in forms if f[:1].isupper()]
            if len(upper) < len(forms):
                continue  # some form is lower-case: cannot pre-filter on this word
            s = set()
            for f in upper:
                s |= self.index.get(f, set())
            cand = s if cand is None else cand & s
            if not cand:
                return set()
        if cand is None:
            cand = set(range(len(self.docs)))
        if len(token_forms) == 1:
            if all(f[:1].isupper() for f in token_forms[0]):
                return cand  # exact: the index is built on whole words
        alts = ["(?:%s)" % "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
                for forms in token_forms]
        rx = re.compile(r"(?<!\w)" + SEP.join(alts) + r"(?!\w)")
        return {i for i in cand if rx.search(self.docs[i])}


def split_words(name):
    return WORD.findall(name)


def ru_token_forms(name):
    words = split_words(name.replace("ё", "е").replace("Ё", "Е"))
    tf = [ru_forms(w) for w in words]
    tf[0] = capital_variants(tf[0])
    return [tf]


def en_token_forms(name):
    words = split_words(name)
    given = [[w] for w in words]
    given[0] = capital_variants(given[0])
    caps = [[w.upper()] for w in words]
    return [given, caps]


def split_variants(field):
    return [v.strip() for v in field.split("|") if v.strip()]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    pairs_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "pairs.tsv")
    out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "counts.tsv")
    detail_path = os.path.join(os.path.dirname(os.path.abspath(out_path)), "counts_detail.tsv")

    with open(pairs_path, encoding="utf-8") as f:
        header = None
        rows = []
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue  # comment lines, as pairs.tsv and pairs-fresh.tsv open with
            if header is None:
                header = line.split("\t")
                continue
            cols = line.split("\t")
            if len(cols) != len(header):
                sys.exit("%s:%d: expected %d columns, got %d" % (pairs_path, n, len(header), len(cols)))
            rows.append(dict(zip(header, cols)))

    ru_docs = load(RU_FILES, fold_yo=True)
    en_docs = load(EN_FILES)
    ru = Matcher(ru_docs, build_index(ru_docs))
    en = Matcher(en_docs, build_index(en_docs))
    print("Russian documents: %d, English documents: %d" % (len(ru_docs), len(en_docs)), file=sys.stderr)

    def count(matcher, tokfn, names):
        per = []
        union = set()
        for nm in names:
            s = set()
            for tf in tokfn(nm):
                s |= matcher.docs_for(tf)
            per.append((nm, len(s)))
            union |= s
        return len(union), per

    results = []
    with open(out_path, "w", encoding="utf-8") as out, open(detail_path, "w", encoding="utf-8") as det:
        out.write("english\trussian\tkind\tru_docs\ten_docs\n")
        det.write("english\trussian\tkind\tcategory\tru_forms_counts\ten_forms_counts\n")
        for r in rows:
            rn = [r["russian"]] + split_variants(r.get("russian_variants", ""))
            enn = [r["english"]] + split_variants(r.get("english_variants", ""))
            rc, rper = count(ru, ru_token_forms, rn)
            ec, eper = count(en, en_token_forms, enn)
            results.append((r, rc, ec))
            out.write("%s\t%s\t%s\t%d\t%d\n" % (r["english"], r["russian"], r["kind"], rc, ec))
            det.write("%s\t%s\t%s\t%s\t%s\t%s\n" % (
                r["english"], r["russian"], r["kind"], r.get("category", ""),
                "|".join("%s=%d" % p for p in rper), "|".join("%s=%d" % p for p in eper)))

    # ------------------------------------------------------------ summary
    def summarize(label, items):
        n = len(items)
        in_ru = sum(1 for _, rc, _ in items if rc)
        in_en = sum(1 for _, _, ec in items if ec)
        both = sum(1 for _, rc, ec in items if rc and ec)
        either = sum(1 for _, rc, ec in items if rc or ec)
        neither = n - either
        print("%-10s pairs=%4d  in_ru=%4d  in_en=%4d  both=%4d  ru_or_en=%4d  neither=%4d"
              % (label, n, in_ru, in_en, both, either, neither))

    print("wrote %s and %s" % (out_path, detail_path))
    summarize("ALL", results)
    for kind in sorted({r["kind"] for r, _, _ in results}):
        summarize(kind, [x for x in results if x[0]["kind"] == kind])
    for cat in sorted({r.get("category", "") for r, _, _ in results}):
        summarize("cat:" + cat, [x for x in results if x[0].get("category", "") == cat])
    multi = [x for x in results if " " in x[0]["english"] or " " in x[0]["russian"]]
    summarize("multiword", multi)  # a space in the English or Russian name
    hyph = [x for x in results if x not in multi
            and (len(split_words(x[0]["english"])) > 1 or len(split_words(x[0]["russian"])) > 1)]
    summarize("hyphenated", hyph)  # one-word names joined by hyphen/apostrophe (Douglas-Home)


if __name__ == "__main__":
    main()

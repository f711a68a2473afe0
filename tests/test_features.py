"""Line features: what the classifier sees must be computed the same way for any batch."""

from __future__ import annotations

import numpy as np

from cleaner import features


def test_run_lengths_label_each_line_with_its_run():
    flags = np.array([0, 1, 1, 0, 1, 0, 1, 1, 1], bool)
    assert features._run_lengths(flags).tolist() == [0, 2, 2, 0, 1, 0, 3, 3, 3]
    assert features._run_lengths(np.zeros(0, bool)).tolist() == []
    assert features._run_lengths(np.ones(4, bool)).tolist() == [4, 4, 4, 4]


def test_duplicate_keys_ignore_case_digits_and_spacing():
    keys = features.duplicate_keys(["  Page 12 of  40 ", "page 34 of 70", "Other\tline"])
    assert keys[0] == keys[1] == "page 00 of 00"
    assert keys[2] == "other line"


def test_features_of_a_document_do_not_depend_on_the_batch():
    docs = [["Title of the story", "", "A paragraph of text that is long enough."],
            ["Home | News | Sport", "Second page body line, also prose."]]
    alone = [features.document_dense(doc)[2] for doc in docs]
    texts = [line for doc in docs for line in doc if line.strip()]
    shapes, keys = features.batch_shapes(texts), features.duplicate_keys(texts)
    together = [features.document_dense(docs[0], shapes[:2], keys[:2])[2],
                features.document_dense(docs[1], shapes[2:], keys[2:])[2]]
    for a, b in zip(alone, together, strict=True):
        np.testing.assert_array_equal(a, b)
    assert alone[0].shape[1] == features.dense_width()


def test_ngram_rows_are_unit_length():
    matrix = features.ngram_matrix(["abc abc", "中文", "", "x" * 10_000])
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    np.testing.assert_allclose(norms, 1.0, rtol=1e-5)


def test_ngram_matrix_is_canonical():
    """Buckets sorted within each line and every repeated n-gram summed into one entry:
    the same matrix scipy's own sort-and-sum gives."""
    matrix = features.ngram_matrix(["aaaa bbbb aaaa", "中文中文中文", "x", "abc abc abc abc"])
    canonical = matrix.copy()
    canonical.has_sorted_indices = False
    canonical.sort_indices()
    canonical.sum_duplicates()
    np.testing.assert_array_equal(matrix.indptr, canonical.indptr)
    np.testing.assert_array_equal(matrix.indices, canonical.indices)
    np.testing.assert_array_equal(matrix.data, canonical.data)
    # "aaaa" repeats its n-grams: summed counts differ, where unsummed entries would all be 1
    assert len(set(matrix[0].data.tolist())) > 1


def test_every_ngram_size_is_counted_up_to_five():
    """Each line is padded with a space at both ends; every n-gram of every size is a bucket
    (the two padding spaces are the one repeated unigram)."""
    padded = " abcdefgh "
    expected = sum(len(padded) - size + 1 for size in features.NGRAM_SIZES) - 1
    assert max(features.NGRAM_SIZES) == 5
    assert features.ngram_matrix(["abcdefgh"]).nnz == expected


def test_ngram_normalisation_matches_the_regex_definition():
    """The n-gram hashing normalises on arrays; it must agree with the regexes it replaces
    for every digit (Arabic-Indic, fullwidth, mathematical) and space (NBSP, ideographic)."""
    samples = ["Tel. ٠١٢ ３４５ 𝟗 and 1984", "a\u00a0\u00a0b\u3000\u2003c  \t d",
               "İstanbul ＡＢＣ\u2028x", "\ud800 lone surrogate  9", " \n ", "x\u200by"]
    for text in samples:
        expected = features._HSPACES.sub(" ", features._NORMALIZE_DIGITS.sub("0", text))
        codes = features._normalized_codes(text)
        assert codes.tobytes().decode("utf-32-le", "surrogatepass") == expected

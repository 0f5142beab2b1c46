# expect: wrong_answer
# Sorts the casefolded strings after removing spaces only: punctuation still counts.


def is_anagram(first, second):
    def letters(text):
        return sorted(text.casefold().replace(" ", ""))

    return letters(first) == letters(second)

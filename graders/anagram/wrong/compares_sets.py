# expect: wrong_answer
# Compares the sets of characters, so how often each one occurs is lost ("aab" vs "abb").


def is_anagram(first, second):
    def letters(text):
        return {ch for ch in text.casefold() if ch.isalnum()}

    return letters(first) == letters(second)

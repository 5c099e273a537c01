"""Text of the demo school: Korean names, staff, classes and templated item stems/choices.

Everything is deterministic for a given ``numpy.random.Generator``.
"""
from __future__ import annotations

import unicodedata

import numpy as np

# the most common family names with their approximate share of the population (%)
FAMILY_NAMES = (
    ("김", 21.5), ("이", 14.7), ("박", 8.4), ("최", 4.7), ("정", 4.3), ("강", 2.4), ("조", 2.1),
    ("윤", 2.1), ("장", 2.0), ("임", 1.7), ("한", 1.5), ("오", 1.5), ("서", 1.5), ("신", 1.5),
    ("권", 1.4), ("황", 1.4), ("안", 1.3), ("송", 1.3), ("류", 1.2), ("전", 1.1), ("홍", 1.1),
)
# popular given names of children born 2008-2011
GIVEN_NAMES = (
    "민준", "서준", "예준", "도윤", "시우", "주원", "하준", "지호", "지후", "준서", "준우", "현우",
    "도현", "지훈", "건우", "우진", "선우", "서진", "민재", "현준", "연우", "유준", "정우", "승우",
    "승현", "시윤", "준혁", "은우", "지환", "승민", "서연", "서윤", "지우", "서현", "민서", "하은",
    "하윤", "윤서", "지유", "지민", "채원", "지원", "수아", "다은", "예은", "수빈", "지아", "소율",
    "예린", "시은", "유진", "은서", "다인", "하린", "채은", "가은", "예원", "서영", "민지", "수민",
)

# (name, email, subject, meta)
TEACHERS = (
    ("김민준", "minjun.kim", "math", {"certifications": ["중등 수학 1급 정교사"], "years_experience": 12}),
    ("이서연", "seoyeon.lee", "math", {"certifications": ["중등 수학 2급 정교사"], "years_experience": 4}),
    ("박지훈", "jihoon.park", "english", {"certifications": ["중등 영어 1급 정교사", "TESOL"],
                                          "years_experience": 9}),
    ("최수아", "sua.choi", "english", {"certifications": ["중등 영어 2급 정교사"], "years_experience": 3}),
)
ADMIN_NAME = "정하늘"

# (class name, subject, 학년 (고등학교), index into TEACHERS)
CLASSES = (
    ("1학년 수학", "math", 1, 0),
    ("2학년 수학", "math", 2, 1),
    ("2학년 영어", "english", 2, 2),
    ("3학년 영어", "english", 3, 3),
)
# students per 반 in the demo school (학번 GCCNN: 1학년 1반 1번 = 10101)
CLASS_SIZE = 30

_SYNONYMS = (
    ("rapid", "quick"), ("huge", "enormous"), ("begin", "start"), ("silent", "quiet"),
    ("assist", "help"), ("purchase", "buy"), ("brave", "courageous"), ("error", "mistake"),
    ("ancient", "old"), ("reply", "answer"), ("wealthy", "rich"), ("simple", "easy"),
    ("choose", "select"), ("fix", "repair"), ("journey", "trip"), ("tiny", "small"),
)
_GRAMMAR = (
    ("She ___ to school every day.", ("goes", "go", "going", "gone")),
    ("They ___ dinner when I called.", ("were having", "have", "has had", "having")),
    ("If it ___ tomorrow, we will stay home.", ("rains", "rained", "will rain", "raining")),
    ("I have lived here ___ 2019.", ("since", "for", "during", "from")),
    ("This is the book ___ I told you about.", ("that", "who", "where", "what")),
    ("He is taller ___ his brother.", ("than", "then", "as", "that")),
)
_READING = (
    ("Many students join clubs to make friends and learn new skills.",
     ("Clubs help students grow", "Clubs are expensive", "Students dislike clubs", "Schools close clubs")),
    ("Recycling reduces waste and saves natural resources.",
     ("Recycling protects the environment", "Recycling wastes time", "Resources are unlimited",
      "Waste is useful")),
    ("Regular exercise improves both physical and mental health.",
     ("Exercise is good for health", "Exercise is dangerous", "Health does not matter",
      "Only sports stars exercise")),
)
_WRITING = (
    ("Which sentence is written correctly?",
     ("She doesn't like apples.", "She don't like apples.", "She not like apples.",
      "She doesn't likes apples.")),
    ("Which sentence is written correctly?",
     ("There are three books on the desk.", "There is three books on the desk.",
      "There are three book on the desk.", "Their are three books on the desk.")),
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def korean_name(rng: np.random.Generator) -> str:
    weights = np.array([w for _, w in FAMILY_NAMES])
    family = FAMILY_NAMES[int(rng.choice(len(FAMILY_NAMES), p=weights / weights.sum()))][0]
    return nfc(family + GIVEN_NAMES[int(rng.integers(len(GIVEN_NAMES)))])


def _place(rng: np.random.Generator, answer: str, distractors: list[str],
           n: int) -> tuple[tuple[str, ...], int]:
    """``n`` distinct choices with the answer at a random position; (choices, 1-based key)."""
    pool = [d for d in dict.fromkeys(distractors) if d != answer][: n - 1]
    key = int(rng.integers(n)) if len(pool) == n - 1 else len(pool)
    choices = pool[:key] + [answer] + pool[key:]
    return tuple(choices), key + 1


def _math(strand: str, b: float, rng: np.random.Generator) -> tuple[str, tuple[str, ...], int]:
    scale = 2 + int(round(2 * (b + 3)))  # harder items use bigger numbers
    x = int(rng.integers(-scale, scale + 1)) or 1
    a, k = int(rng.integers(2, scale + 2)), int(rng.integers(1, 4 * scale))
    if strand == "algebra":
        stem = f"방정식 {a}x + {k} = {a * x + k} 의 해를 구하시오."
        answer, near = x, [x + 1, x - 1, -x, x + 2, 2 * x]
    elif strand == "geometry":
        side = abs(x) + 2
        stem = f"한 변의 길이가 {side}cm인 정사각형의 넓이는 몇 cm²인가?"
        answer, near = side * side, [4 * side, 2 * side, side * side + side, (side + 1) ** 2]
    elif strand == "statistics":
        values = [int(v) for v in rng.integers(1, 10 * scale, 4)]
        mean = sum(values) // 4 + int(rng.integers(1, 5))
        values.append(5 * mean - sum(values))  # positive: 5 * mean > 1.25 * sum(values)
        stem = f"자료 {', '.join(map(str, values))} 의 평균을 구하시오."
        answer, near = mean, [mean + 1, mean - 1, mean + 2, mean - 2, sum(values)]
    else:
        stem = f"f(x) = {a}x² + {k} 일 때, f({x})의 값을 구하시오."
        answer, near = a * x * x + k, [a * x + k, 2 * a * x + k, a * x * x - k, a * x * x]
    choices, key = _place(rng, str(answer), [str(v) for v in near + [answer + 3, answer - 3]], 5)
    return stem, choices, key


def _english(strand: str, rng: np.random.Generator) -> tuple[str, tuple[str, ...], int]:
    if strand == "vocabulary":
        word, answer = _SYNONYMS[int(rng.integers(len(_SYNONYMS)))]
        others = [w for pair in _SYNONYMS for w in pair if w not in (word, answer)]
        picks = [others[int(i)] for i in rng.choice(len(others), 3, replace=False)]
        choices, key = _place(rng, answer, picks, 4)
        return f"Choose the word closest in meaning to '{word}'.", choices, key
    bank = {"grammar": _GRAMMAR, "reading": _READING}.get(strand, _WRITING)
    text, options = bank[int(rng.integers(len(bank)))]
    stem = (f"Read: \"{text}\" What is the main idea?" if strand == "reading" else
            f"Choose the best answer: {text}" if strand == "grammar" else text)
    choices, key = _place(rng, options[0], list(options[1:]), 4)
    return stem, choices, key


def item_text(subject: str, strand: str, b: float,
              rng: np.random.Generator) -> tuple[str, tuple[str, ...], int]:
    """(stem, choices, key) for one demo item; math has 5 choices, English 4."""
    if subject == "math":
        return _math(strand, b, rng)
    return _english(strand, rng)

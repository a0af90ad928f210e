"""`python -m {{package_name}}.train [ratings.csv]`: fit the recommender and report its hit rate."""

from __future__ import annotations

import sys

from .recommender import RATINGS, Recommender, evaluate, load_ratings


def main(argv: list[str] | None = None) -> float:
    args = sys.argv[1:] if argv is None else argv
    ratings = load_ratings(args[0] if args else RATINGS)
    model = Recommender().fit(ratings)
    hit_rate = evaluate(ratings)
    users = list(model.matrix.index)
    print(f"{len(ratings)} ratings, {len(users)} users, {model.matrix.shape[1]} movies")
    print(f"leave-one-out hit rate @3: {hit_rate:.0%}")
    print(f"for {users[0]}: {model.recommend(users[0])}")
    return hit_rate


if __name__ == "__main__":
    main()

"""User-based collaborative filtering with scikit-learn: people who rated like you liked these.

Ratings come from a CSV with columns user, movie, rating (1–5); data/ratings.csv is a tiny
bundled sample so everything runs offline. Swap in MovieLens (https://grouplens.org/datasets/movielens/)
when you are ready.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sklearn.neighbors import NearestNeighbors

RATINGS = Path(__file__).with_name("data") / "ratings.csv"


def load_ratings(path: str | Path = RATINGS) -> pd.DataFrame:
    ratings = pd.read_csv(path)
    missing = {"user", "movie", "rating"} - set(ratings.columns)
    if missing:
        raise ValueError(f"{path} lacks the columns {sorted(missing)}")
    return ratings


class Recommender:
    """Fit on a ratings table, then `recommend(user, k)` → [(movie, score)], best first."""

    def __init__(self, neighbours: int = 3) -> None:
        self.neighbours = neighbours

    def fit(self, ratings: pd.DataFrame) -> "Recommender":
        # Centre each user's ratings so "liked" means above their own average.
        self.matrix = ratings.pivot_table(index="user", columns="movie", values="rating")
        centred = self.matrix.sub(self.matrix.mean(axis=1), axis=0).fillna(0.0)
        self.centred = centred
        self.model = NearestNeighbors(metric="cosine", n_neighbors=min(self.neighbours + 1, len(centred)))
        self.model.fit(centred.values)
        return self

    def recommend(self, user: str, k: int = 3) -> list[tuple[str, float]]:
        if user not in self.centred.index:
            raise KeyError(user)
        row = self.centred.loc[[user]].values
        distances, indices = self.model.kneighbors(row)
        scores = pd.Series(0.0, index=self.centred.columns)
        for distance, index in zip(distances[0], indices[0]):
            other = self.centred.index[index]
            if other != user:
                scores += (1.0 - distance) * self.centred.iloc[index]
        seen = self.matrix.loc[user].dropna().index
        ranked = scores.drop(seen).sort_values(ascending=False)
        return [(movie, round(float(score), 3)) for movie, score in ranked.head(k).items() if score > 0]


def evaluate(ratings: pd.DataFrame, k: int = 3) -> float:
    """Leave-one-out hit rate: hide each user's favourite, count how often it comes back in the top k."""
    hits = 0
    users = ratings["user"].unique()
    for user in users:
        mine = ratings[ratings["user"] == user]
        favourite = mine.sort_values("rating", ascending=False).iloc[0]["movie"]
        train = ratings.drop(mine[mine["movie"] == favourite].index)
        picks = [movie for movie, _ in Recommender().fit(train).recommend(user, k)]
        hits += favourite in picks
    return hits / len(users)

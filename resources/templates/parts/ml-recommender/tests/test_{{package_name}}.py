"""The recommender on its bundled CSV, and its Flask route."""

import io
import unittest
from contextlib import redirect_stdout

from {{package_name}}.app import create_app
from {{package_name}}.recommender import Recommender, evaluate, load_ratings
from {{package_name}}.train import main as train


class RecommenderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ratings = load_ratings()
        cls.model = Recommender().fit(cls.ratings)

    def test_recommends_only_movies_the_user_has_not_rated(self):
        for user in self.model.matrix.index:
            seen = set(self.ratings[self.ratings["user"] == user]["movie"])
            picks = [movie for movie, _ in self.model.recommend(user)]
            self.assertTrue(picks, user)
            self.assertFalse(seen & set(picks), user)

    def test_recommends_what_similar_users_liked(self):
        # In the sample, ana rates sci-fi high; her picks should be films sci-fi fans rated high.
        liked = self.ratings[self.ratings["rating"] >= 4].groupby("movie")["user"].apply(set)
        sci_fi_fans = set(self.ratings[(self.ratings["movie"] == "The Matrix") & (self.ratings["rating"] >= 4)]["user"])
        top = self.model.recommend("ana", 1)[0][0]
        self.assertTrue(liked[top] & sci_fi_fans)

    def test_leave_one_out_hit_rate_beats_chance(self):
        with redirect_stdout(io.StringIO()):
            hit_rate = train([])
        self.assertEqual(hit_rate, evaluate(self.ratings))
        self.assertGreaterEqual(hit_rate, 0.5)

    def test_the_route_returns_recommendations_and_404_for_strangers(self):
        client = create_app({"TESTING": True}).test_client()
        body = client.get("/recommendations/ana?k=2").get_json()
        self.assertEqual(body["user"], "ana")
        self.assertEqual([m["movie"] for m in body["movies"]], [m for m, _ in self.model.recommend("ana", 2)])
        self.assertEqual(client.get("/recommendations/nobody").status_code, 404)

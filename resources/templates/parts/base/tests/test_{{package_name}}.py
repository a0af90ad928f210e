import unittest

from {{package_name}} import PROJECT_NAME, __version__, about


class AboutTest(unittest.TestCase):
    def test_about_names_the_project_and_version(self):
        self.assertEqual(about(), f"{PROJECT_NAME} {__version__}")

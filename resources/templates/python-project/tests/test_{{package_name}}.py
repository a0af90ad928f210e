from {{package_name}} import PROJECT_NAME, __version__, about


def test_about_names_the_project_and_version():
    assert about() == f"{PROJECT_NAME} {__version__}"

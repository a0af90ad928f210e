"""The project's package: its code starts here."""

PROJECT_NAME = {{project_name_quoted}}
__version__ = "0.1.0"


def about() -> str:
    """One line saying what this is, handy for a CLI --version or a health endpoint."""
    return f"{PROJECT_NAME} {__version__}"

"""`python -m {{package_name}}` starts the development server on http://127.0.0.1:5000."""

import os

from .app import create_app


def main() -> None:
    app = create_app()
    # An extension such as Socket.IO may bring its own server loop.
    run = app.extensions.get("runner", app.run)
    debug = os.environ.get("FLASK_DEBUG", "1") == "1"  # the Dockerfile turns it off
    run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "5000")), debug=debug)


if __name__ == "__main__":
    main()

"""Core library of the reading and translation-review tool.

Never imports Streamlit: the web app (`streamlit_app.py`) and the CLI (`python -m reader`)
are thin layers over this package.
"""

__version__ = "0.1.0"  # as in pyproject.toml; recorded in backups

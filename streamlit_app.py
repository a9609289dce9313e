"""Entry point of the web app: `streamlit run streamlit_app.py`. Pages live in `app/`."""

import streamlit as st

from app.preload import name_models
from reader.processes import end_forked_children_with_parent

end_forked_children_with_parent()
st.set_page_config(page_title="Reader: EN · RU · KY review", layout="wide")

pages = [
    st.Page("app/review.py", title="Review", icon=":material/translate:", default=True),
    st.Page("app/glossary.py", title="Glossary", icon=":material/menu_book:"),
    st.Page("app/names.py", title="Names", icon=":material/group_work:"),
    st.Page("app/checks.py", title="Checks", icon=":material/fact_check:"),
    st.Page("app/models.py", title="Models", icon=":material/model_training:"),
]
st.navigation(pages).run()
name_models()  # after the page is drawn

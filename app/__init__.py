"""The Streamlit layer: pages that display the core's data and call its functions."""

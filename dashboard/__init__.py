"""The Streamlit dashboard: a thin layer over the ``geodata`` engine."""

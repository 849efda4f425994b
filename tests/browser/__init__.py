"""Real-browser tests (JupyterLab in Chromium through Playwright); see conftest.py and labdriver.py."""

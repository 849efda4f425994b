# The Littlest JupyterHub: the kit's settings for every student's server.
# Copy to /opt/tljh/config/jupyterhub_config.d/medialit_config.py, then: sudo tljh-config reload
# (TLJH loads every .py file in that folder; see INSTRUCTORS.md, "Run the course for a class: TLJH".)
c = get_config()  # noqa: F821

# The class's shared hand-in folder: created by the admin with mode 1777 (anyone adds, nobody replaces).
# Each student's answers stay in their own home: ~/course/progress (TLJH gives each student a Unix account).
c.Spawner.environment.update({"MEDIALIT_HANDIN": "/srv/handin"})
# Open JupyterLab, where the nbgitpuller links of the course land.
c.Spawner.default_url = "/lab"

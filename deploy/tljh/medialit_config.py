# The Littlest JupyterHub: the kit's settings for every student's server.
# Copy to /opt/tljh/config/jupyterhub_config.d/medialit_config.py, then: sudo tljh-config reload
# (TLJH loads every .py file in that folder; see INSTRUCTORS.md, "Run the course for a class: TLJH".)
c = get_config()  # noqa: F821

# The class's shared hand-in folder, made by the admin as INSTRUCTORS.md says (group jupyterhub-admins,
# mode 3773: students add files, only their owner replaces one, only the instructors list and read them).
# Each student's answers stay in their own home: ~/course/progress (TLJH gives each student a Unix account).
c.Spawner.environment.update({"MEDIALIT_HANDIN": "/srv/handin"})
# Open JupyterLab, where the nbgitpuller links of the course land.
c.Spawner.default_url = "/lab"

# Kernels talk to each student's server over Unix sockets, not TCP ports on 127.0.0.1. With a class
# on one machine, two kernels starting at the same moment can be handed the same free port (the kit's
# 30-student hub bench saw "Address already in use", then a server reaching another student's kernel,
# refused by its signature), and any local account can connect to a TCP port. The sockets go in a
# private /tmp per student (systemd's PrivateTmp): a short path, since a socket's path holds at most
# 107 bytes and "/home/jupyter-<name>/.local/share/jupyter/runtime/kernel-<id>-ipc-1" would not for
# longer names.
# (TLJH's spawner is a SystemdSpawner. On a hub whose spawner gives no private /tmp, one fixed
# runtime folder would be shared by every student: use a folder in each home there instead.)
c.SystemdSpawner.isolate_tmp = True
c.Spawner.environment.update({"JUPYTER_RUNTIME_DIR": "/tmp/jupyter-runtime"})
c.Spawner.args.append("--KernelManager.transport=ipc")

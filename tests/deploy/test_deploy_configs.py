"""The documented deployments: Zero to JupyterHub, The Littlest JupyterHub, Binder, a laptop.

The Kubernetes config cannot run here; it is checked against the chart's own values
schema (the part it uses, kept in tests/data with its source), so a misspelt or
invented setting fails. The TLJH snippet is loaded as JupyterHub loads it.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from traitlets.config.loader import PyFileConfigLoader

from medialit.course import course_root

KIT = Path(__file__).resolve().parents[2]
Z2JH = KIT / "deploy" / "z2jh" / "config.yaml"
SCHEMA = KIT / "tests" / "data" / "z2jh-values.schema.yaml"
TLJH = KIT / "deploy" / "tljh" / "medialit_config.py"


def z2jh_errors(config: dict) -> list[str]:
    schema = yaml.safe_load(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    return [f"{'.'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(config)]


@pytest.fixture
def z2jh() -> dict:
    return yaml.safe_load(Z2JH.read_text(encoding="utf-8"))


def test_z2jh_config_names_only_settings_of_the_chart(z2jh):
    assert z2jh_errors(z2jh) == []


@pytest.mark.parametrize("path, key", [(("singleuser",), "imagee"), (("cull",), "idle_timeout"),
                                       (("singleuser", "storage"), "handin"), ((), "students")])
def test_z2jh_check_catches_a_setting_the_chart_does_not_have(z2jh, path, key):
    bad = copy.deepcopy(z2jh)
    node = bad
    for part in path:
        node = node[part]
    node[key] = 1
    assert any(f"'{key}' was unexpected" in e for e in z2jh_errors(bad))


def test_z2jh_schema_data_names_its_source():
    head = SCHEMA.read_text(encoding="utf-8").splitlines()[:3]
    assert any("github.com/jupyterhub/zero-to-jupyterhub-k8s" in line for line in head)


def test_z2jh_config_has_what_a_class_needs(z2jh):
    user = z2jh["singleuser"]
    assert user["image"]["name"] and user["image"]["tag"]
    pull = user["lifecycleHooks"]["postStart"]["exec"]["command"]
    assert pull[0] == "gitpuller" and pull[3] == "course"  # nbgitpuller's command: repo, branch, folder
    mounts = {m["name"]: m["mountPath"] for m in user["storage"]["extraVolumeMounts"]}
    volumes = {v["name"] for v in user["storage"]["extraVolumes"]}
    assert user["extraEnv"]["MEDIALIT_HANDIN"] == mounts["handin"] and "handin" in volumes
    assert user["extraEnv"]["MEDIALIT_COURSE"] == f"{user['storage']['homeMountPath']}/course"
    assert user["storage"]["type"] == "dynamic"  # one home volume per student
    assert z2jh["cull"]["enabled"] and z2jh["cull"]["timeout"] > 0


def test_tljh_snippet_loads_as_jupyterhub_loads_it():
    config = PyFileConfigLoader(TLJH.name, path=str(TLJH.parent)).load_config()
    env = config.Spawner.environment.get_value({})  # .update() in the snippet: merged into the default
    assert env["MEDIALIT_HANDIN"] == "/srv/handin"
    assert "MEDIALIT_COURSE" not in env  # each student's own pulled copy is found from the lesson folder


def test_kernels_on_one_machine_use_private_unix_sockets_as_the_hub_test_does():
    """Issue 16: 30 students' kernels starting at once on one machine raced for TCP ports (bench/hub_load.py:
    "Address already in use", "Invalid Signature"); TLJH and the hub test both use IPC sockets in a
    short private folder (a socket path holds at most 107 bytes)."""
    config = PyFileConfigLoader(TLJH.name, path=str(TLJH.parent)).load_config()
    assert "--KernelManager.transport=ipc" in config.Spawner.args.get_value([])
    assert config.SystemdSpawner.isolate_tmp is True  # /tmp is each student's own
    runtime = config.Spawner.environment.get_value({})["JUPYTER_RUNTIME_DIR"]
    assert runtime.startswith("/tmp/") and len(f"{runtime}/kernel-{'0' * 36}-ipc-1") < 108
    hub_config = (KIT / "tests" / "hub" / "hubdriver.py").read_text(encoding="utf-8")
    assert '"--KernelManager.transport=ipc"' in hub_config and '"JUPYTER_RUNTIME_DIR": runtime_dir' in hub_config


def test_binder_installs_the_kit_from_requirements():
    lines = [line.split("#")[0].strip() for line in (KIT / "requirements.txt").read_text().splitlines()]
    assert "-e ." in lines or "." in lines, "repo2docker must install the kit from the repository root"
    pins = [line for line in lines if line and not line.startswith(("-e", "."))]
    assert all(re.fullmatch(r"[A-Za-z0-9_.\[\]-]+==[\w.]+", p) for p in pins), pins
    for other in ("environment.yml", "Dockerfile", "Pipfile"):  # repo2docker would read these first
        assert not (KIT / other).exists() and not (KIT / "binder" / other).exists()


def test_binder_and_laptop_lessons_find_the_repository_as_course():
    assert course_root(KIT / "notebooks") == KIT
    assert course_root(KIT) == KIT


def test_every_hub_recipe_prepares_the_charts_once_at_build_time():
    """Issue 16: the image and the TLJH steps run ``charts prepare`` after installing the kit (the hub test
    and bench/hub_load.py do the same through tests/hub/hubdriver.py), from the student copy."""
    docker = (KIT / "deploy" / "image" / "Dockerfile").read_text(encoding="utf-8")
    steps = [line.strip(" &\\") for line in docker.splitlines() if line.startswith((" &&", "RUN"))]
    install = next(i for i, s in enumerate(steps) if s.startswith("pip install --no-cache-dir --no-deps /tmp/kit"))
    prepare = steps.index("python -m medialit charts prepare /tmp/kit")
    remove = next(i for i, s in enumerate(steps) if s.startswith("rm -rf /tmp/kit"))
    assert install < prepare < remove
    guide = (KIT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    tljh = guide[guide.index("### Run the course for a class: The Littlest JupyterHub"):
                 guide.index("### Run the course for a class: Zero to JupyterHub")]
    assert "sudo /opt/tljh/user/bin/python -m medialit charts prepare /srv/medialit-student" in tljh
    # issue 16: other students can neither list nor read a hand-in (export_submission writes mode 640)
    assert "sudo chgrp jupyterhub-admins /srv/handin && sudo chmod 3773 /srv/handin" in tljh
    assert "users.allowed" in tljh  # TLJH's first-use login would let anyone create an account
    assert tljh.index("medialit charts prepare") > tljh.index("pip install -r /tmp/requirements.txt")
    hubtest = (KIT / "tests" / "hub" / "test_hub_class.py").read_text(encoding="utf-8")
    bench = (KIT / "bench" / "hub_load.py").read_text(encoding="utf-8")
    assert "hubdriver.prepare_charts(" in hubtest and "hubdriver.prepare_charts(" in bench

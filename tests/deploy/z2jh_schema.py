"""Cut the Zero to JupyterHub chart's values schema down to the settings our config.yaml uses.

    .venv/bin/python tests/deploy/z2jh_schema.py path/to/values.schema.yaml > tests/data/z2jh-values.schema.yaml

The full schema (``jupyterhub/values.schema.yaml`` in jupyterhub/zero-to-jupyterhub-k8s,
BSD-3-Clause) is 130 kB of mostly descriptions; the test data keeps, for each key
``deploy/z2jh/config.yaml`` sets, only what validation needs (type, properties,
additionalProperties, items), so the test still fails on a key the chart does not have.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

KEEP = ("type", "additionalProperties", "items", "properties", "patternProperties")
CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "z2jh" / "config.yaml"


def subset(schema: dict, value) -> dict:
    """The part of ``schema`` that validates ``value`` (only the keys ``value`` uses)."""
    out = {k: schema[k] for k in ("type", "enum", "additionalProperties") if k in schema}
    if isinstance(out.get("additionalProperties"), dict):
        out["additionalProperties"] = True  # our keys under it are checked by their own schema, if any
    if isinstance(value, dict):
        props, patterns = {}, {}
        for key, sub in value.items():
            if key in schema.get("properties", {}):
                props[key] = subset(schema["properties"][key], sub)
                continue
            for pattern, sub_schema in schema.get("patternProperties", {}).items():
                if re.search(pattern, key):
                    patterns[pattern] = subset(sub_schema, sub)
        if props:
            out["properties"] = props
        if patterns:
            out["patternProperties"] = patterns
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        merged: dict = {}
        for item in value:
            merged.update(subset(schema["items"], item))
        out["items"] = merged
    return out


def main(path: str) -> None:
    schema = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    print("# Part of the Zero to JupyterHub chart's values schema: the settings deploy/z2jh/config.yaml uses.")
    print("# Source: https://github.com/jupyterhub/zero-to-jupyterhub-k8s/blob/"
          "48ea50e34daddde55d76e30df6ecd47e4abd4d8e/jupyterhub/values.schema.yaml")
    print("# (BSD-3-Clause, Copyright (c) 2017, Project Jupyter Contributors); cut by tests/deploy/z2jh_schema.py")
    print(yaml.safe_dump(subset(schema, config), sort_keys=True), end="")


if __name__ == "__main__":
    main(sys.argv[1])

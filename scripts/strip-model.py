#!/usr/bin/env python3
"""Regenerates the validator's model resource from the official API model, without documentation.

    python3 scripts/strip-model.py ../shared/spec/service-2.json
"""
import json
import sys

TARGET = "fake-server/src/main/resources/dev/fakecognito/server/validation/cognito-identity-2014-06-30.json"


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in ("documentation", "documentationUrl")}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


with open(sys.argv[1] if len(sys.argv) > 1 else "../shared/spec/service-2.json") as source:
    model = strip(json.load(source))
with open(TARGET, "w") as target:
    json.dump(model, target, indent=1)

#!/usr/bin/env python3
"""Regenerates the validator's model resource from the official API model, without documentation.

    python3 scripts/strip-model.py path/to/service-2.json

The official model is botocore's botocore/data/cognito-identity/2014-06-30/service-2.json
(https://github.com/boto/botocore); docs/reference/behaviour/index.md#sources names the revision in use.
"""
import json
import sys

TARGET = "fake-server/src/main/resources/dev/fakecognito/server/internal/validation/cognito-identity-2014-06-30.json"


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in ("documentation", "documentationUrl")}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


if len(sys.argv) != 2:
    sys.exit(__doc__)
with open(sys.argv[1]) as source:
    model = strip(json.load(source))
with open(TARGET, "w") as target:
    json.dump(model, target, indent=1)

#!/usr/bin/env python3
"""boto3's retry modes against faults injected into the fake through POST /_fake/faults.

    python3 scripts/boto3-faults.py http://127.0.0.1:9230

Each step injects faults, makes calls with a boto3 client of a given retry configuration and checks what
the caller saw and what the fake's journal (GET /_fake/requests) recorded. Prints PASS/FAIL per step and
ends with "N passed, M failed"; exits 1 when a step failed. Resets the fake first and at the end.
"""
import json
import sys
import urllib.error
import urllib.request

import boto3
import botocore
from botocore.config import Config

endpoint = sys.argv[1]
counts = {"passed": 0, "failed": 0}


def admin(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(endpoint + path, data=data, method=method)
    # Admin writes need this header (any value without an admin token): no simple cross-site request sends it.
    request.add_header("X-Fake-Cognito-Admin", "boto3-faults")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"{}")


def client(**config):
    return boto3.client("cognito-identity", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="test", aws_secret_access_key="test", config=Config(**config))


def step(name, check):
    try:
        detail = check()
    except Exception as error:  # any failure of a step is reported, not raised
        counts["failed"] += 1
        print("FAIL", name, repr(error)[:300])
        return
    counts["passed"] += 1
    print("PASS", name, detail)


def error_code(call):
    try:
        call()
    except botocore.exceptions.ClientError as error:
        return error.response["Error"]["Code"], error.response["ResponseMetadata"]["HTTPStatusCode"]
    return None, 200


admin("POST", "/_fake/reset")
plain = client()
pool = plain.create_identity_pool(IdentityPoolName="boto3_faults", AllowUnauthenticatedIdentities=True)["IdentityPoolId"]
plain.set_identity_pool_roles(IdentityPoolId=pool, Roles={"unauthenticated": "arn:aws:iam::123456789012:role/U"})


def fresh(*faults):
    admin("DELETE", "/_fake/faults")
    for fault in faults:
        admin("POST", "/_fake/faults", fault)
    # where this step's calls start in the journal (a reset would drop the pool too)
    return len(admin("GET", "/_fake/requests")["requests"])


def calls_since(start, operation):
    return [r for r in admin("GET", "/_fake/requests")["requests"][start:] if r["operation"] == operation]


def shown(calls):
    return [("no answer" if r["statusCode"] == 0 else f'{r["statusCode"]} {r["errorType"] or "OK"}')
            + (f' ({r["faultId"]})' if r.get("faultId") else "") for r in calls]


def standard_retry_succeeds_on_the_third_attempt():
    start = fresh({"operation": "GetId", "error": "TooManyRequestsException", "times": 2})
    identity = client(retries={"mode": "standard"}).get_id(IdentityPoolId=pool)["IdentityId"]
    calls = calls_since(start, "GetId")
    assert [r["statusCode"] for r in calls] == [400, 400, 200], shown(calls)
    assert calls[0]["faultId"] == calls[1]["faultId"] and calls[2]["faultId"] is None, shown(calls)
    fault = admin("GET", "/_fake/faults")["faults"][0]
    assert (fault["hits"], fault["remaining"]) == (2, 0), fault
    return f"{identity}; journal: {shown(calls)}; fault hits={fault['hits']} remaining={fault['remaining']}"


def without_retries_the_caller_sees_the_throttling():
    start = fresh({"operation": "GetId", "error": "TooManyRequestsException", "times": 2})
    code, status = error_code(lambda: client(retries={"mode": "standard", "total_max_attempts": 1}).get_id(IdentityPoolId=pool))
    calls = calls_since(start, "GetId")
    assert (code, status, len(calls)) == ("TooManyRequestsException", 400, 1), (code, status, shown(calls))
    return f"{code} ({status}) after {len(calls)} call"


def legacy_mode_does_not_retry_a_400_throttle():
    start = fresh({"operation": "GetId", "error": "TooManyRequestsException", "times": 2})
    code, status = error_code(lambda: client(retries={"mode": "legacy"}).get_id(IdentityPoolId=pool))
    calls = calls_since(start, "GetId")
    assert (code, len(calls)) == ("TooManyRequestsException", 1), (code, shown(calls))
    return f"{code} ({status}) after {len(calls)} call: botocore's legacy mode (its default) retries throttling codes only at 429 or for its own list"


def legacy_mode_retries_internal_errors():
    start = fresh({"operation": "GetId", "error": "InternalErrorException", "times": 2})
    client(retries={"mode": "legacy"}).get_id(IdentityPoolId=pool)
    calls = calls_since(start, "GetId")
    assert [r["statusCode"] for r in calls] == [500, 500, 200], shown(calls)
    return f"journal: {shown(calls)}"


def a_reset_connection_is_retried():
    start = fresh({"operation": "GetId", "connection": "reset", "times": 1})
    client(retries={"mode": "standard"}).get_id(IdentityPoolId=pool)
    calls = calls_since(start, "GetId")
    assert [r["statusCode"] for r in calls] == [0, 200], shown(calls)
    return f"journal: {shown(calls)}"


def a_slow_answer_times_out_the_client():
    start = fresh({"operation": "DescribeIdentityPool", "latencyMs": 1500, "times": 1})
    try:
        client(retries={"mode": "standard", "total_max_attempts": 1}, read_timeout=0.5).describe_identity_pool(
            IdentityPoolId=pool)
        raise AssertionError("no timeout")
    except botocore.exceptions.ReadTimeoutError as timeout:
        seen = type(timeout).__name__
    answered = plain.describe_identity_pool(IdentityPoolId=pool)["IdentityPoolName"]
    return f"{seen} on the delayed call, then {answered} at once"


def unprocessed_identities_are_reported():
    kept = plain.get_id(IdentityPoolId=pool)["IdentityId"]
    deleted = plain.get_id(IdentityPoolId=pool)["IdentityId"]
    fresh({"operation": "DeleteIdentities", "unprocessedIdentityIds": [kept], "unprocessedErrorCode": "AccessDenied"})
    unprocessed = plain.delete_identities(IdentityIdsToDelete=[kept, deleted])["UnprocessedIdentityIds"]
    assert unprocessed == [{"IdentityId": kept, "ErrorCode": "AccessDenied"}], unprocessed
    return json.dumps(unprocessed)


def a_bad_fault_is_refused_naming_the_field():
    try:
        admin("POST", "/_fake/faults", {"operation": "GetId", "error": "ThrottlingException"})
        raise AssertionError("accepted")
    except urllib.error.HTTPError as refused:
        body = json.loads(refused.read())
        assert refused.code == 400 and body["field"] == "error", body
        return f'{refused.code} {body["__type"]}: {body["message"][:90]}...'


step("standard retry mode, TooManyRequestsException times 2: third attempt succeeds",
     standard_retry_succeeds_on_the_third_attempt)
step("standard retry mode, total_max_attempts 1: the caller sees the error", without_retries_the_caller_sees_the_throttling)
step("legacy retry mode: TooManyRequestsException (400) not retried", legacy_mode_does_not_retry_a_400_throttle)
step("legacy retry mode, InternalErrorException (500) times 2: retried", legacy_mode_retries_internal_errors)
step("connection reset times 1: retried as a connection error", a_reset_connection_is_retried)
step("latencyMs 1500 with read_timeout 0.5 and total_max_attempts 1: the client times out", a_slow_answer_times_out_the_client)
step("DeleteIdentities unprocessedIdentityIds", unprocessed_identities_are_reported)
step("a fault the fake cannot raise", a_bad_fault_is_refused_naming_the_field)
admin("POST", "/_fake/reset")
print(f"{counts['passed']} passed, {counts['failed']} failed")
sys.exit(1 if counts["failed"] else 0)

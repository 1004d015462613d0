#!/usr/bin/env python3
"""boto3 against the fake: every one of the 23 operations once, and one error of each kind clients branch on.

    python3 scripts/boto3-smoke.py http://127.0.0.1:9230 [--signatures-required]

Signs with test/test. With --signatures-required (a fake started with --require-signatures and
--credentials test:test) it also checks the refusals of calls that are unsigned, signed with another
secret or an unknown key, and that a client signing for another region does not find the pool.
Prints PASS/FAIL per step and ends with "N passed, M failed"; exits 1 when a step failed.
"""
import json
import sys

import boto3
import botocore
from botocore.config import Config


# snippet:start boto3-client
def cognito(key="test", secret="test", region="us-east-1", **config):
    return boto3.client("cognito-identity", endpoint_url=sys.argv[1], region_name=region,
                        aws_access_key_id=key, aws_secret_access_key=secret,
                        config=Config(**config) if config else None)
# snippet:end


client = cognito()
signatures_required = "--signatures-required" in sys.argv[2:]
counts = {"passed": 0, "failed": 0}


def step(name, call):
    try:
        response = call()
    except Exception as error:  # any failure of a step is reported, not raised
        counts["failed"] += 1
        print("FAIL", name, repr(error)[:300])
        return None
    counts["passed"] += 1
    shown = {k: v for k, v in (response or {}).items() if k != "ResponseMetadata"}
    print("PASS", name, json.dumps(shown, default=str)[:160])
    return response


def expect_error(name, code, call):
    try:
        call()
    except botocore.exceptions.ClientError as error:
        got = error.response["Error"]["Code"]
        counts["passed" if got == code else "failed"] += 1
        print("PASS" if got == code else "FAIL", name, got, error.response["Error"]["Message"][:160])
        return
    counts["failed"] += 1
    print("FAIL", name, "no error, expected", code)


pool = step("CreateIdentityPool", lambda: client.create_identity_pool(
    IdentityPoolName="boto3_smoke", AllowUnauthenticatedIdentities=True, DeveloperProviderName="login.dev",
    SupportedLoginProviders={"graph.facebook.com": "1"}, IdentityPoolTags={"a": "b"}))
if pool is None:
    print(f"{counts['passed']} passed, {counts['failed']} failed")
    sys.exit(1)
pid = pool["IdentityPoolId"]
arn = "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + pid
step("DescribeIdentityPool", lambda: client.describe_identity_pool(IdentityPoolId=pid))
step("UpdateIdentityPool", lambda: client.update_identity_pool(
    IdentityPoolId=pid, IdentityPoolName="boto3_smoke_renamed", AllowUnauthenticatedIdentities=True,
    SupportedLoginProviders={"graph.facebook.com": "1"}))
step("ListIdentityPools", lambda: client.list_identity_pools(MaxResults=5))
step("SetIdentityPoolRoles", lambda: client.set_identity_pool_roles(IdentityPoolId=pid, Roles={
    "authenticated": "arn:aws:iam::123456789012:role/A", "unauthenticated": "arn:aws:iam::123456789012:role/U"}))
step("GetIdentityPoolRoles", lambda: client.get_identity_pool_roles(IdentityPoolId=pid))
step("TagResource", lambda: client.tag_resource(ResourceArn=arn, Tags={"x": "y"}))
step("UntagResource", lambda: client.untag_resource(ResourceArn=arn, TagKeys=["x"]))
step("ListTagsForResource", lambda: client.list_tags_for_resource(ResourceArn=arn))
step("SetPrincipalTagAttributeMap", lambda: client.set_principal_tag_attribute_map(
    IdentityPoolId=pid, IdentityProviderName="graph.facebook.com", UseDefaults=False, PrincipalTags={"u": "sub"}))
step("GetPrincipalTagAttributeMap", lambda: client.get_principal_tag_attribute_map(
    IdentityPoolId=pid, IdentityProviderName="graph.facebook.com"))
guest = step("GetId (guest)", lambda: client.get_id(IdentityPoolId=pid)) or {"IdentityId": pid}
step("GetCredentialsForIdentity (guest)", lambda: client.get_credentials_for_identity(IdentityId=guest["IdentityId"]))
step("GetOpenIdToken (guest)", lambda: client.get_open_id_token(IdentityId=guest["IdentityId"]))
alice = step("GetId (Facebook)", lambda: client.get_id(
    IdentityPoolId=pid, Logins={"graph.facebook.com": "alice"})) or {"IdentityId": pid}
bob = step("GetOpenIdTokenForDeveloperIdentity", lambda: client.get_open_id_token_for_developer_identity(
    IdentityPoolId=pid, Logins={"login.dev": "bob"}, TokenDuration=60)) or {"IdentityId": pid, "Token": "x"}
step("GetOpenIdTokenForDeveloperIdentity (second user)", lambda: client.get_open_id_token_for_developer_identity(
    IdentityPoolId=pid, Logins={"login.dev": "carl"}))
step("GetCredentialsForIdentity (developer token)", lambda: client.get_credentials_for_identity(
    IdentityId=bob["IdentityId"], Logins={"cognito-identity.amazonaws.com": bob["Token"]}))
step("DescribeIdentity", lambda: client.describe_identity(IdentityId=alice["IdentityId"]))
step("ListIdentities", lambda: client.list_identities(IdentityPoolId=pid, MaxResults=10, HideDisabled=True))
step("LookupDeveloperIdentity", lambda: client.lookup_developer_identity(IdentityPoolId=pid, DeveloperUserIdentifier="bob"))
step("MergeDeveloperIdentities", lambda: client.merge_developer_identities(
    SourceUserIdentifier="carl", DestinationUserIdentifier="bob", DeveloperProviderName="login.dev", IdentityPoolId=pid))
step("UnlinkDeveloperIdentity", lambda: client.unlink_developer_identity(
    IdentityId=bob["IdentityId"], IdentityPoolId=pid, DeveloperProviderName="login.dev", DeveloperUserIdentifier="carl"))
step("UnlinkIdentity", lambda: client.unlink_identity(
    IdentityId=alice["IdentityId"], Logins={"graph.facebook.com": "alice"}, LoginsToRemove=["graph.facebook.com"]))
step("DeleteIdentities", lambda: client.delete_identities(IdentityIdsToDelete=[guest["IdentityId"]]))
expect_error("DescribeIdentity of a deleted identity", "ResourceNotFoundException",
             lambda: client.describe_identity(IdentityId=guest["IdentityId"]))
expect_error("GetId with a Google token that is not an ID token", "NotAuthorizedException",
             lambda: client.get_id(IdentityPoolId=pid, Logins={"accounts.google.com": "x"}))
expect_error("DescribeIdentityPool with a malformed id", "ValidationException",
             lambda: client.describe_identity_pool(IdentityPoolId="bad/x"))
expect_error("developer user of another identity", "DeveloperUserAlreadyRegisteredException",
             lambda: client.get_open_id_token_for_developer_identity(
                 IdentityPoolId=pid, IdentityId=alice["IdentityId"], Logins={"login.dev": "bob"}))
expect_error("lookup of a user and another identity", "ResourceConflictException",
             lambda: client.lookup_developer_identity(
                 IdentityPoolId=pid, DeveloperUserIdentifier="bob", IdentityId=alice["IdentityId"]))
step("SetIdentityPoolRoles (no roles)", lambda: client.set_identity_pool_roles(IdentityPoolId=pid, Roles={}))
expect_error("credentials without a role", "InvalidIdentityPoolConfigurationException",
             lambda: client.get_credentials_for_identity(IdentityId=client.get_id(IdentityPoolId=pid)["IdentityId"]))
if signatures_required:
    expect_error("DescribeIdentityPool unsigned", "MissingAuthenticationTokenException",
                 lambda: cognito(signature_version=botocore.UNSIGNED).describe_identity_pool(IdentityPoolId=pid))
    once = {"retries": {"max_attempts": 1}}
    expect_error("DescribeIdentityPool signed with another secret", "InvalidSignatureException",
                 lambda: cognito(secret="not-test", **once).describe_identity_pool(IdentityPoolId=pid))
    expect_error("DescribeIdentityPool signed by an unknown key", "UnrecognizedClientException",
                 lambda: cognito(key="AKIAUNKNOWN", **once).describe_identity_pool(IdentityPoolId=pid))
    # one fake serves every region: the signature's scope is the call's region, and a pool of
    # another region is not found there, as at AWS's endpoint of that region
    expect_error("DescribeIdentityPool signed for eu-west-1 (a us-east-1 pool)", "ResourceNotFoundException",
                 lambda: cognito(region="eu-west-1", **once).describe_identity_pool(IdentityPoolId=pid))
    step("GetId unsigned (as boto3 sends it) with a client of another key",
         lambda: cognito(key="AKIAUNKNOWN").get_id(IdentityPoolId=pid))
step("DeleteIdentityPool", lambda: client.delete_identity_pool(IdentityPoolId=pid))
print(f"{counts['passed']} passed, {counts['failed']} failed")
sys.exit(1 if counts["failed"] else 0)

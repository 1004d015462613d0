package dev.fakecognito.server.internal.state;

/** Builds and reads identity pool ARNs: {@code arn:<partition>:cognito-identity:<region>:<account>:identitypool/<id>}. */
final class Arns {
    private Arns() {}

    /** The ARN partition of a region: {@code aws-cn}, {@code aws-us-gov} or {@code aws}. */
    private static String partition(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }

    /** The ARN of an identity pool. */
    static String identityPoolArn(String region, String accountId, String identityPoolId) {
        return "arn:" + partition(region) + ":cognito-identity:" + region + ":" + accountId + ":identitypool/"
                + identityPoolId;
    }
}

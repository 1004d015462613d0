package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.Pool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the pool a tagging call's ResourceArn names. */
final class PoolArns {
    private static final Pattern ARN =
            Pattern.compile("arn:(aws|aws-cn|aws-us-gov):cognito-identity:([a-z0-9-]+):(\\d{12}):identitypool/(.+)");

    private PoolArns() {}

    /**
     * The pool of an ARN.
     *
     * @throws CognitoException InvalidParameter for an ARN that is not an identity pool ARN;
     *                          ResourceNotFound for another account or region than the caller's, or an
     *                          unknown pool
     */
    static Pool pool(CognitoState state, Caller caller, String arn) {
        Matcher matcher = ARN.matcher(arn);
        if (!matcher.matches()) {
            throw CognitoException.invalidParameter("Invalid identity pool ARN: " + arn);
        }
        String poolId = matcher.group(4);
        if (!matcher.group(2).equals(caller.region()) || !matcher.group(3).equals(caller.accountId())) {
            throw CognitoException.poolNotFound(poolId);
        }
        Pool pool = state.pool(caller, poolId);
        if (!pool.arn().equals(arn)) {
            throw CognitoException.poolNotFound(poolId);
        }
        return pool;
    }
}

// Runs Amplify v6 (aws-amplify from this module's package-lock.json) in Node against the fake, as an
// app would: node amplify-flows.mjs FLOW, with the configuration in the environment variable
// AMPLIFY_FLOWS (JSON: region, identityPoolId, identityPoolEndpoint and, to sign in, userPoolId,
// userPoolClientId, userPoolEndpoint, username, password). Prints one JSON line: what each step saw.
// The Java test (AmplifyNodeTest) asserts on it and on the fake's state.
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { cognitoCredentialsProvider } from 'aws-amplify/auth/cognito';

const config = JSON.parse(process.env.AMPLIFY_FLOWS ?? '{}');
const flow = process.argv[2];

const cognito = {
  identityPoolId: config.identityPoolId,
  identityPoolEndpoint: config.identityPoolEndpoint,
  allowGuestAccess: true,
};
if (config.userPoolId) {
  Object.assign(cognito, {
    userPoolId: config.userPoolId,
    userPoolClientId: config.userPoolClientId,
    userPoolEndpoint: config.userPoolEndpoint,
  });
}
Amplify.configure({ Auth: { Cognito: cognito } });

/** What one fetchAuthSession() gave: the identity, the credentials' key, whether tokens came along. */
async function session(options) {
  try {
    const s = await fetchAuthSession(options);
    return {
      identityId: s.identityId ?? null,
      accessKeyId: s.credentials?.accessKeyId ?? null,
      hasSecret: Boolean(s.credentials?.secretAccessKey && s.credentials?.sessionToken),
      expiration: s.credentials?.expiration ? new Date(s.credentials.expiration).toISOString() : null,
      signedIn: Boolean(s.tokens?.idToken),
      issuer: s.tokens?.idToken?.payload?.iss ?? null,
    };
  } catch (error) {
    return { error: `${error.name}: ${error.message}` };
  }
}

async function signInWithPassword(password = config.password) {
  try {
    const result = await signIn({
      username: config.username,
      password,
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    return { isSignedIn: result.isSignedIn, nextStep: result.nextStep?.signInStep ?? null };
  } catch (error) {
    return { error: `${error.name}: ${error.message}` };
  }
}

const flows = {
  // Guest access: an identity and credentials, the same identity on a refresh and after the credentials
  // are cleared, a new one once the identity id is cleared too, and after sign-out.
  async guest() {
    const first = await session();
    const cached = await session();
    const refreshed = await session({ forceRefresh: true });
    cognitoCredentialsProvider.clearCredentials();
    const afterClearCredentials = await session();
    await cognitoCredentialsProvider.clearCredentialsAndIdentityId();
    const afterClearIdentity = await session();
    await signOut();
    const afterSignOut = await session();
    return { first, cached, refreshed, afterClearCredentials, afterClearIdentity, afterSignOut };
  },
  // Signed in through the user-pool emulator: authenticated credentials, the same identity at every sign-in.
  // (No forceRefresh here: that refreshes the user-pool tokens too, which cognito-local does not support.)
  async signedIn() {
    const signInResult = await signInWithPassword();
    const first = await session();
    const cached = await session();
    await signOut();
    const guestAfterSignOut = await session();
    const again = await signInWithPassword();
    const second = await session();
    await signOut();
    return { signIn: signInResult, first, cached, guestAfterSignOut, signInAgain: again, second };
  },
  // A wrong password: the emulator refuses, Amplify has no tokens and stays a guest.
  async wrongPassword() {
    const signInResult = await signInWithPassword(`${config.password}-wrong`);
    const after = await session();
    return { signIn: signInResult, after };
  },
};

if (!flows[flow]) {
  console.error(`unknown flow ${flow}: one of ${Object.keys(flows).join(', ')}`);
  process.exit(2);
}
console.log(JSON.stringify(await flows[flow]()));

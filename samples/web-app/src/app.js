// Team notes: signs in with a user pool, or goes on as a guest, and shows the AWS credentials the
// identity pool hands out, through Amplify v6. config.json (beside index.html) says which pools and,
// for local runs, which endpoints: cognito-local as the user pool, Fake Cognito Identity as the
// identity pool. Without the two endpoints the same code talks to AWS.
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';

const config = await (await fetch('config.json')).json();

// snippet:start configure
Amplify.configure({
  Auth: {
    Cognito: {
      identityPoolId: config.identityPoolId,
      allowGuestAccess: true,
      userPoolId: config.userPoolId,
      userPoolClientId: config.userPoolClientId,
      // Only for local runs: leave both out to use AWS.
      ...(config.identityPoolEndpoint && { identityPoolEndpoint: config.identityPoolEndpoint }),
      ...(config.userPoolEndpoint && { userPoolEndpoint: config.userPoolEndpoint }),
    },
  },
});
// snippet:end

const $ = (id) => document.getElementById(id);
let updates = 0;

/** Shows who is signed in and the credentials of the current session. */
async function showSession(options) {
  const session = await fetchAuthSession(options);
  let user = 'nobody (guest)';
  try {
    const current = await getCurrentUser();
    user = current.signInDetails?.loginId ?? current.username;
  } catch {
    // not signed in
  }
  $('user').textContent = user;
  $('identity-id').textContent = session.identityId ?? 'none yet';
  $('access-key').textContent = session.credentials?.accessKeyId ?? 'none yet';
  $('expiration').textContent = session.credentials?.expiration?.toISOString() ?? 'none yet';
  return session;
}

/** Runs an action with the buttons disabled; reports what happened in the status line or the alert. */
async function run(label, action) {
  const buttons = document.querySelectorAll('button');
  buttons.forEach((button) => { button.disabled = true; });
  $('error').textContent = '';
  $('status').textContent = `${label}…`;
  try {
    $('status').textContent = await action();
  } catch (error) {
    $('status').textContent = `${label} failed.`;
    $('error').textContent = `${error.name}: ${error.message}`;
  } finally {
    buttons.forEach((button) => { button.disabled = false; });
    document.body.dataset.updates = String(++updates);
  }
}

$('guest').addEventListener('click', () => run('Getting guest credentials', async () => {
  const session = await showSession();
  return session.credentials ? 'Guest credentials received.' : 'No credentials.';
}));

$('refresh').addEventListener('click', () => run('Refreshing credentials', async () => {
  await showSession({ forceRefresh: true });
  return 'Credentials refreshed.';
}));

$('sign-out').addEventListener('click', () => run('Signing out', async () => {
  await signOut();
  $('user').textContent = 'nobody (guest)';
  $('identity-id').textContent = 'none yet';
  $('access-key').textContent = 'none yet';
  $('expiration').textContent = 'none yet';
  return 'Signed out.';
}));

$('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  run('Signing in', async () => {
    // snippet:start sign-in
    const result = await signIn({
      username: $('email').value,
      password: $('password').value,
      // cognito-local supports USER_PASSWORD_AUTH, not SRP; Amplify's default is USER_SRP_AUTH.
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    // snippet:end
    if (!result.isSignedIn) {
      return `Sign-in needs another step: ${result.nextStep.signInStep}.`;
    }
    $('password').value = '';
    const session = await showSession();
    return session.credentials ? 'Signed in; credentials received.' : 'Signed in; no credentials.';
  });
});

$('status').textContent = 'Ready.';
document.body.dataset.updates = '0';

package dev.fakecognito.server.internal.tokens;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code loginTokenKeys} of a fixture document: checked before anything is seeded. */
public final class LoginTokenKeys {
    private LoginTokenKeys() {}

    /**
     * Checks each provider's key set of the document.
     *
     * @return provider name to key set (JSON text), in document order
     * @throws FixtureException pointing at the provider whose entry is not a usable key set
     */
    public static Map<String, String> check(Fixtures fixtures) {
        Map<String, String> keys = new LinkedHashMap<>();
        fixtures.world().loginTokenKeys().forEach((provider, jwks) -> {
            String at = "/loginTokenKeys/" + provider.replace("~", "~0").replace("/", "~1");
            if (provider.isBlank()) {
                throw fixtures.errorAt(at, "a provider name must not be blank");
            }
            if (jwks == null) {
                throw fixtures.errorAt(
                        at, "give the provider's JSON Web Key Set: {keys: [{kty: RSA, kid: …, n: …, e: …}]}");
            }
            String json = JSONObjectUtils.toJSONString(jwks);
            try {
                LoginTokenVerifier.parse(json);
            } catch (IllegalArgumentException e) {
                throw fixtures.errorAt(at, e.getMessage());
            }
            keys.put(provider, json);
        });
        return keys;
    }
}

package dev.fakecognito.server.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceModelTest {

    private final ServiceModel model = ServiceModel.bundled();

    @Test
    void listsThe23Operations() {
        assertThat(model.operationNames())
                .hasSize(23)
                .containsExactlyInAnyOrder(
                        "CreateIdentityPool",
                        "DeleteIdentities",
                        "DeleteIdentityPool",
                        "DescribeIdentity",
                        "DescribeIdentityPool",
                        "GetCredentialsForIdentity",
                        "GetId",
                        "GetIdentityPoolRoles",
                        "GetOpenIdToken",
                        "GetOpenIdTokenForDeveloperIdentity",
                        "GetPrincipalTagAttributeMap",
                        "ListIdentities",
                        "ListIdentityPools",
                        "ListTagsForResource",
                        "LookupDeveloperIdentity",
                        "MergeDeveloperIdentities",
                        "SetIdentityPoolRoles",
                        "SetPrincipalTagAttributeMap",
                        "TagResource",
                        "UnlinkDeveloperIdentity",
                        "UnlinkIdentity",
                        "UntagResource",
                        "UpdateIdentityPool");
    }

    @Test
    void operationNamesAreUnmodifiable() {
        assertThat(model.operationNames()).isUnmodifiable();
        assertThat(model.errorTypes("GetId")).isUnmodifiable();
    }

    @Test
    void hasOperationIsExactAndNullSafe() {
        assertThat(model.hasOperation("GetId")).isTrue();
        assertThat(model.hasOperation("getId")).isFalse();
        assertThat(model.hasOperation("Nope")).isFalse();
        assertThat(model.hasOperation(null)).isFalse();
    }

    @Test
    void exactlyFourOperationsHaveNoOutput() {
        assertThat(model.operationNames())
                .filteredOn(op -> !model.hasOutput(op))
                .containsExactlyInAnyOrder(
                        "DeleteIdentityPool", "SetIdentityPoolRoles", "UnlinkDeveloperIdentity", "UnlinkIdentity");
        assertThat(model.hasOutput("TagResource")).isTrue();
        assertThat(model.hasOutput("Nope")).isFalse();
        assertThat(model.hasOutput(null)).isFalse();
    }

    @Test
    void errorTypesAreTheModelledShapesInModelOrder() {
        assertThat(model.errorTypes("DescribeIdentityPool"))
                .containsExactly(
                        "InvalidParameterException",
                        "ResourceNotFoundException",
                        "NotAuthorizedException",
                        "TooManyRequestsException",
                        "InternalErrorException");
        assertThat(model.errorTypes("GetId"))
                .contains("ResourceNotFoundException", "LimitExceededException", "ExternalServiceException")
                .doesNotContain("ValidationException");
        assertThat(model.errorTypes("CreateIdentityPool")).doesNotContain("ResourceNotFoundException");
        assertThat(model.errorTypes("Nope")).isEmpty();
    }

    @Test
    void theCompiledModelIsThePinnedJsonModel() throws Exception {
        JsonNode json;
        try (InputStream in = getClass()
                .getResourceAsStream("/dev/fakecognito/server/internal/validation/cognito-identity-2014-06-30.json")) {
            json = new ObjectMapper().readTree(in);
        }
        List<String> names = new ArrayList<>();
        json.path("operations").fieldNames().forEachRemaining(names::add);

        assertThat(model.operationNames()).containsExactlyElementsOf(names);
        for (String name : names) {
            JsonNode op = json.path("operations").path(name);
            List<String> errors = new ArrayList<>();
            op.path("errors").forEach(e -> errors.add(e.path("shape").asText()));
            List<String> members = new ArrayList<>();
            json.path("shapes")
                    .path(op.path("input").path("shape").asText())
                    .path("members")
                    .fieldNames()
                    .forEachRemaining(members::add);
            assertThat(model.errorTypes(name)).as(name).containsExactlyElementsOf(errors);
            assertThat(model.inputMembers(name)).as(name).containsExactlyElementsOf(members);
            assertThat(model.hasOutput(name)).as(name).isEqualTo(op.has("output"));
            assertThat(model.unsignedOperations().contains(name))
                    .as(name)
                    .isEqualTo(op.path("authtype").asText("").equals("none"));
        }
    }
}

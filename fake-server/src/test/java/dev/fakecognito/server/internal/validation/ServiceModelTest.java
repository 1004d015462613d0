package dev.fakecognito.server.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceModelTest {

    private final ServiceModel model = ServiceModel.load();

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
    void exposesShapesAndOperationsToThePackage() {
        assertThat(model.operation("UpdateIdentityPool").input()).isEqualTo("IdentityPool");
        assertThat(model.operation("DeleteIdentityPool").output()).isNull();
        ShapeDef poolId = model.shape("IdentityPoolId");
        assertThat(poolId.type()).isEqualTo("string");
        assertThat(poolId.min()).isEqualTo(1L);
        assertThat(poolId.max()).isEqualTo(55L);
        assertThat(poolId.pattern()).isEqualTo("[\\w-]+:[0-9a-f-]+");
        assertThat(model.shape("IdentityProviderToken").sensitive()).isTrue();
        assertThat(model.shape("MappingRule").required())
                .containsExactlyInAnyOrder("Claim", "MatchType", "Value", "RoleARN");
        assertThat(model.shape("MappingRule").members())
                .extracting(ShapeDef.MemberDef::name)
                .containsExactly("Claim", "MatchType", "Value", "RoleARN");
    }

    @Test
    void everyPatternInTheModelCompilesWithJavaRegex() {
        // the RequestValidator constructor compiles every pattern reachable from an input shape
        new RequestValidator(model);
        assertThat(model.shape("ClaimName").pattern()).isEqualTo("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    }

    @Test
    void loadParsesAFreshModelEachCall() {
        assertThat(ServiceModel.load()).isNotSameAs(model);
        assertThat(ServiceModel.load().operationNames()).isEqualTo(model.operationNames());
    }
}

package dev.fakecognito.server.internal.wire;

/** One role-mapping rule: a claim test and the role it grants. */
public record MappingRule(String claim, String matchType, String value, String roleARN) {}

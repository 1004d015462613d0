package dev.fakecognito.server.internal.wire;

import java.util.List;

/** The rules of a {@code Rules} role mapping. */
public record RulesConfiguration(List<MappingRule> rules) {}

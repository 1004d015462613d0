package dev.fakecognito.server.internal.wire;

/** How users of one provider get their role. */
public record RoleMapping(String type, String ambiguousRoleResolution, RulesConfiguration rulesConfiguration) {}

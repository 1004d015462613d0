package dev.fakecognito.server.internal.validation;

import java.util.Set;

/**
 * One operation of the API model.
 *
 * @param name   the operation name ({@code GetId})
 * @param input  the input shape name, or null when the operation has none
 * @param output the output shape name, or null when the operation has none
 * @param errors the modelled error shape names, in model order
 * @param signed whether clients sign calls of the operation (false for {@code authtype: none} and
 *               {@code smithy.api#noAuth})
 */
record OperationDef(String name, String input, String output, Set<String> errors, boolean signed) {}

package dev.fakecognito.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of repeated {@link CognitoFault} annotations; write {@code @CognitoFault} several times instead. */
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface CognitoFaults {

    /**
     * The faults, in order.
     *
     * @return the faults
     */
    CognitoFault[] value();
}

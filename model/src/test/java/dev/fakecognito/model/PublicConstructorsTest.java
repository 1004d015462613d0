package dev.fakecognito.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.InvalidFaultException;
import dev.fakecognito.fixtures.FixtureException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public constructors a user may call directly: the canonical constructors of the world's records
 * (which a deserializer also uses) and the two exceptions a tool built on the model may throw.
 */
class PublicConstructorsTest {

    static Stream<Record> records() {
        World.IdentityPool pool = WorldBuilderTest.pool();
        return Stream.of(
                pool,
                WorldBuilderTest.identity(),
                pool.merges().get(0),
                pool.cognitoIdentityProviders().get(0),
                pool.roleMappings().values().iterator().next(),
                pool.roleMappings().values().iterator().next().rules().get(0),
                pool.principalTags().values().iterator().next());
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        return type.getDeclaredConstructor(Stream.of(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
    }

    @ParameterizedTest
    @MethodSource("records")
    void theCanonicalConstructorRebuildsAnEqualRecord(Record record) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(record);
        }

        assertThat(canonical(record.getClass()).newInstance(values)).isEqualTo(record);
    }

    @ParameterizedTest
    @MethodSource("records")
    void theCanonicalConstructorMakesAbsentCollectionsEmpty(Record record) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] nothing = new Object[components.length];

        Record empty = (Record) canonical(record.getClass()).newInstance(nothing);

        for (RecordComponent component : components) {
            Object value = component.getAccessor().invoke(empty);
            if (Collection.class.isAssignableFrom(component.getType())) {
                assertThat((Collection<?>) value)
                        .as(component.getName())
                        .isNotNull()
                        .isEmpty();
            } else if (Map.class.isAssignableFrom(component.getType())) {
                assertThat((Map<?, ?>) value)
                        .as(component.getName())
                        .isNotNull()
                        .isEmpty();
            }
        }
    }

    @Test
    void aFixtureExceptionNamesWhereAndWhat() {
        FixtureException error = new FixtureException("world.yaml", 3, 7, "identityPools[0].name", "is required");

        assertThat(error.source()).isEqualTo("world.yaml");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(7);
        assertThat(error.path()).isEqualTo("identityPools[0].name");
        assertThat(error.problem()).isEqualTo("is required");
        assertThat(error).hasMessage("world.yaml:3:7: identityPools[0].name: is required");
        assertThat(error.getCause()).isNull();
    }

    @Test
    void aFixtureExceptionKeepsItsCause() {
        IllegalStateException cause = new IllegalStateException("parser");

        FixtureException error = new FixtureException("world.json", 1, 2, "", "not JSON", cause);

        assertThat(error).hasCause(cause).hasMessage("world.json:1:2: not JSON");
        assertThat(error.problem()).isEqualTo("not JSON");
    }

    @Test
    void anInvalidFaultExceptionNamesTheField() {
        InvalidFaultException error = new InvalidFaultException("latencyMs", "must be at most 300000");

        assertThat(error.field()).isEqualTo("latencyMs");
        assertThat(error.problem()).isEqualTo("must be at most 300000");
        assertThat(error)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid fault: latencyMs: must be at most 300000");
        assertThat(new InvalidFaultException(null, "no effect").field()).isEmpty();
    }
}

package dev.baton.store;

import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;

import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.function.Function;

/** Binds a {@link StoredText} as its stored spelling: JDBI's own enum binding would write the constant's name. */
final class StoredTextArgument implements ArgumentFactory.Preparable {
    private static final Argument NULL = new NullArgument(Types.VARCHAR);

    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
        if (!StoredText.class.isAssignableFrom(GenericTypes.getErasedType(type))) {
            return Optional.empty();
        }
        return Optional.of(value -> value == null ? NULL
                : (position, statement, context) -> statement.setString(position, ((StoredText) value).stored()));
    }
}

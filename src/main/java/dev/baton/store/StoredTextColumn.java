package dev.baton.store;

import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;

import java.lang.reflect.Type;
import java.util.Optional;

/** Reads a {@link StoredText} enum from its stored spelling: JDBI's own enum mapping expects the constant's name. */
final class StoredTextColumn implements ColumnMapperFactory {
    @Override
    public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
        Class<?> raw = GenericTypes.getErasedType(type);
        return raw.isEnum() && StoredText.class.isAssignableFrom(raw) ? Optional.of(mapper(raw)) : Optional.empty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnMapper<?> mapper(Class<?> type) {
        Class enumType = type;
        return (row, column, context) -> StoredText.fromStored(enumType, row.getString(column));
    }
}

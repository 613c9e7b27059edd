package org.emend.persistence;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum as its lower-case name, the form the API speaks and the schema's check
 * constraints allow. Subclass it once per enum with {@code @Converter(autoApply = true)}.
 */
public abstract class LowerCaseEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowerCaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}

package org.emend.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Garble scores are kept to three decimals in a {@code real} column. The JDBC driver reads a
 * {@code real} as 0.162 over the text protocol and as 0.16200000047683716 once a statement is
 * prepared on the server (binary protocol): rounding on the way in makes every read the same.
 */
@Converter
public class GarbleScoreConverter implements AttributeConverter<Double, Double> {

    @Override
    public Double convertToDatabaseColumn(Double score) {
        return score;
    }

    @Override
    public Double convertToEntityAttribute(Double stored) {
        return stored == null ? null : Math.round(stored * 1000) / 1000.0;
    }
}

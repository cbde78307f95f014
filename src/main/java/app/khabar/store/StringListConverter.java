package app.khabar.store;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Short lists of strings (sources, tags, aliases...) stored in one column: they are always read whole with their
 * row, so a join table would only add queries.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    /** Unit separator: never part of text read from a page (control characters are removed). */
    static final char SEPARATOR = '\u001F';

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? "" : String.join(String.valueOf(SEPARATOR), values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return decode(column);
    }

    public static List<String> decode(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return List.copyOf(Arrays.asList(column.split(String.valueOf(SEPARATOR), -1)));
    }
}

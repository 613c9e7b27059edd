package org.emend.persistence;

import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;
import org.hibernate.query.TupleTransformer;

/**
 * Native query rows as records, each column given to the record component of its name
 * ({@code article_id AS articleId} or just {@code article_id} for {@code articleId}: case and
 * underscores aside). A column without a component, a component without a column, or a value
 * that does not fit fails at once, naming both, instead of a positional cast reading the wrong
 * column when a query changes.
 */
public final class Rows {

    private static final Map<Class<?>, Shape<?>> SHAPES = new ConcurrentHashMap<>();

    private Rows() {
    }

    /** The query's rows as {@code type}s. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> List<R> list(Query query, Class<R> type) {
        return query.unwrap(NativeQuery.class).setTupleTransformer(as(type)).getResultList();
    }

    /** The query's rows as {@code type}s, read as they are consumed; close the stream. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> Stream<R> stream(Query query, Class<R> type) {
        return query.unwrap(NativeQuery.class).setTupleTransformer(as(type)).getResultStream();
    }

    /** The transformer {@link #list} sets, for a query built otherwise. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> TupleTransformer<R> as(Class<R> type) {
        Shape<R> shape = (Shape<R>) SHAPES.computeIfAbsent(type, Shape::new);
        return shape::make;
    }

    private static final class Shape<R extends Record> {

        private final Class<R> type;
        private final RecordComponent[] components;
        private final Constructor<R> constructor;
        /** For the aliases last seen (a query's are the same for every row): column of each component. */
        private volatile Binding binding;

        private record Binding(String[] aliases, int[] columns) {
        }

        Shape(Class<?> type) {
            @SuppressWarnings("unchecked")
            Class<R> recordType = (Class<R>) type;
            this.type = recordType;
            this.components = type.getRecordComponents();
            try {
                this.constructor = recordType.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
            }
        }

        R make(Object[] tuple, String[] aliases) {
            int[] columns = columns(aliases);
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                arguments[i] = convert(tuple[columns[i]], components[i], aliases[columns[i]]);
            }
            try {
                return constructor.newInstance(arguments);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException("Cannot make a " + type.getName(), e);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("Cannot make a " + type.getName(), e.getCause());
            }
        }

        private int[] columns(String[] aliases) {
            Binding known = binding;
            if (known != null && Arrays.equals(known.aliases(), aliases)) {
                return known.columns();
            }
            int[] columns = new int[components.length];
            boolean[] used = new boolean[aliases.length];
            for (int i = 0; i < components.length; i++) {
                columns[i] = -1;
                for (int c = 0; c < aliases.length; c++) {
                    if (key(aliases[c]).equals(key(components[i].getName()))) {
                        columns[i] = c;
                        used[c] = true;
                    }
                }
                if (columns[i] < 0) {
                    throw new IllegalStateException("The query gives no column for " + type.getSimpleName() + "."
                            + components[i].getName() + " (columns: " + String.join(", ", aliases) + ")");
                }
            }
            for (int c = 0; c < aliases.length; c++) {
                if (!used[c]) {
                    throw new IllegalStateException("The query's column " + aliases[c] + " is no component of "
                            + type.getSimpleName());
                }
            }
            binding = new Binding(aliases.clone(), columns);
            return columns;
        }

        private static String key(String name) {
            return name.replace("_", "").toLowerCase(Locale.ROOT);
        }

        private Object convert(Object value, RecordComponent component, String column) {
            Class<?> target = component.getType();
            if (value == null) {
                if (target.isPrimitive()) {
                    throw new IllegalStateException("The query's column " + column + " is null, and "
                            + type.getSimpleName() + "." + component.getName() + " cannot be");
                }
                return null;
            }
            if (MethodType.methodType(target).wrap().returnType().isInstance(value)) {
                return value;
            }
            if (value instanceof Number number) {
                if (target == long.class || target == Long.class) {
                    return number.longValue();
                }
                if (target == int.class || target == Integer.class) {
                    return number.intValue();
                }
                if (target == double.class || target == Double.class) {
                    return number.doubleValue();
                }
                if (target == float.class || target == Float.class) {
                    return number.floatValue();
                }
                if (target == BigDecimal.class) {
                    return new BigDecimal(number.toString());
                }
            }
            if (target == java.time.Instant.class) {
                return NativeValues.instant(value);
            }
            if (target == UUID.class && value instanceof String text) {
                return UUID.fromString(text);
            }
            if (target.isEnum() && value instanceof String name) {
                return enumConstant(target, name);
            }
            throw new IllegalStateException("The query's column " + column + " holds a " + value.getClass().getName()
                    + ", which " + type.getSimpleName() + "." + component.getName() + " (" + target.getName()
                    + ") cannot take");
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        private static Object enumConstant(Class<?> target, String name) {
            return Enum.valueOf((Class) target, name.toUpperCase(Locale.ROOT));
        }
    }
}

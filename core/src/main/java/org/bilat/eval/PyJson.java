package org.bilat.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Python's view of JSON values, so that the port scores odd predictions (numbers as ids, strings as lists, nulls) the
 * way score.py does: equality, truthiness, {@code str()}, {@code float()}, {@code int()} and iteration.
 */
final class PyJson {
    /** Python's None, the value of both a JSON null and an absent field. */
    static final Object NONE = new Object();

    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:" + DIGITS + "\\.(?:" + DIGITS + ")?|\\." + DIGITS + "|" + DIGITS + ")(?:[eE][+-]?" + DIGITS
                    + ")?|inf|infinity|nan)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INT = Pattern.compile("[+-]?" + DIGITS);

    private PyJson() {}

    /** A value that is equal to another exactly when Python's {@code ==} says so (1 == 1.0 == true). */
    static Object key(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return NONE;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue();
        }
        if (node.isFloatingPointNumber()) {
            double d = node.doubleValue();
            return Double.isFinite(d) && d == Math.rint(d) ? new BigDecimal(d).toBigIntegerExact() : (Object) d;
        }
        return node;
    }

    static boolean truthy(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.bigIntegerValue().signum() != 0 : node.doubleValue() != 0;
        }
        if (node.isTextual()) {
            return !node.textValue().isEmpty();
        }
        return !node.isContainerNode() || node.size() > 0;
    }

    /** Python's {@code str(value)}. */
    static String str(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "None";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        return node.isFloatingPointNumber() ? repr(node.doubleValue()) : node.toString();
    }

    /** Python's {@code str(obj.get(field, fallback))}. */
    static String str(JsonNode obj, String field, String fallback) {
        JsonNode value = obj.path(field);
        return value.isMissingNode() ? fallback : str(value);
    }

    /** Python's {@code value or []} iterated: a list's items, a string's characters, an object's keys. */
    static List<JsonNode> items(JsonNode node, String what) {
        List<JsonNode> out = new ArrayList<>();
        if (!truthy(node)) {
            return out;
        }
        if (node.isTextual()) {
            node.textValue().codePoints().forEach(c -> out.add(TextNode.valueOf(Character.toString(c))));
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> out.add(TextNode.valueOf(name)));
        } else if (node.isArray()) {
            node.forEach(out::add);
        } else {
            throw new BadRecord('"' + what + "\" must be a list, not " + node);
        }
        return out;
    }

    /** Python's {@code float(value)}, or null where it raises TypeError or ValueError. */
    static @Nullable Double toFloat(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1.0 : 0.0;
        }
        if (!node.isTextual()) {
            return null;
        }
        return parseFloat(strip(node.textValue()));
    }

    private static @Nullable Double parseFloat(String text) {
        if (!FLOAT.matcher(text).matches()) {
            return null;
        }
        String plain = text.replace("_", "").toLowerCase(Locale.ROOT);
        if (plain.endsWith("nan")) {
            return Double.NaN;
        }
        if (plain.endsWith("inf") || plain.endsWith("infinity")) {
            return plain.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(plain);
    }

    /** Python's {@code int(text)} for base-10 strings, or null where it raises ValueError. */
    static @Nullable BigInteger toInt(String text) {
        String stripped = strip(text);
        return INT.matcher(stripped).matches() ? new BigInteger(stripped.replace("_", "")) : null;
    }

    /** Python's {@code str.strip()}, which also removes no-break and other Unicode spaces. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && space(text.charAt(start))) {
            start++;
        }
        while (end > start && space(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Python's {@code repr(float)}: shortest digits, positional from 1e-4 up to 1e16, else "1e+16" style. */
    private static String repr(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal digits = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = digits.precision() - digits.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = digits.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String mantissa = digits.unscaledValue().abs().toString();
        String fraction = mantissa.length() > 1 ? "." + mantissa.substring(1) : "";
        return (d < 0 ? "-" : "") + mantissa.charAt(0) + fraction + String.format(Locale.ROOT, "e%+03d", exponent);
    }
}

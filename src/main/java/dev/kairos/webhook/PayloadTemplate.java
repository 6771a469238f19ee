package dev.kairos.webhook;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook's payload template (PRD section 3.9): Mustache, with the PRD's
 * {@code {{payload.attendees[0].email}}} index syntax as well as Mustache's own
 * {@code {{payload.attendees.0.email}}}. Templates are JSON documents, so {@code {{x}}} escapes
 * the value for a JSON string; {@code {{{x}}}} inserts it raw (e.g. a number or a nested object).
 */
public final class PayloadTemplate {

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)\\}\\}");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");
    private static final DefaultMustacheFactory FACTORY = new JsonMustacheFactory();

    private final Mustache mustache;

    private PayloadTemplate(Mustache mustache) {
        this.mustache = mustache;
    }

    /**
     * Compiles the template.
     *
     * @throws IllegalArgumentException with a message naming the problem (an unclosed section, ...)
     */
    public static PayloadTemplate compile(String template) {
        try {
            return new PayloadTemplate(FACTORY.compile(new StringReader(indexesAsDots(template)), "payloadTemplate"));
        } catch (MustacheException e) {
            throw new IllegalArgumentException(e.getMessage().replace("@[payloadTemplate:", "at line ").replace("]", ""));
        }
    }

    /** Renders the template against the delivery's {@code {triggerEvent, createdAt, payload}}. */
    public String render(Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, indexable(context)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code a[0].b} inside tags becomes {@code a.0.b}. */
    static String indexesAsDots(String template) {
        Matcher tags = TAG.matcher(template);
        StringBuilder out = new StringBuilder();
        while (tags.find()) {
            String inner = INDEX.matcher(tags.group(1)).replaceAll(".$1");
            tags.appendReplacement(out, Matcher.quoteReplacement("{{" + inner + "}}"));
        }
        tags.appendTail(out);
        return out.toString();
    }

    /** Lists become {@link IndexedList}s so that {@code attendees.0} finds the first element. */
    @SuppressWarnings("unchecked")
    private static Object indexable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), indexable(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new IndexedList(list.stream().map(PayloadTemplate::indexable).toList());
        }
        return value;
    }

    /** A list that Mustache iterates as a section and reads by index as a map ({@code "0"}, {@code "1"}, ...). */
    static final class IndexedList extends LinkedHashMap<String, Object> implements Iterable<Object> {

        private final transient List<Object> items;

        IndexedList(List<Object> items) {
            this.items = items;
            for (int i = 0; i < items.size(); i++) {
                put(Integer.toString(i), items.get(i));
            }
        }

        @Override
        public Iterator<Object> iterator() {
            return items.iterator();
        }

        @Override
        public String toString() {
            return items.toString();
        }
    }

    /** Escapes values for a JSON string instead of HTML. */
    private static final class JsonMustacheFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '"' -> writer.write("\\\"");
                        case '\\' -> writer.write("\\\\");
                        case '\n' -> writer.write("\\n");
                        case '\r' -> writer.write("\\r");
                        case '\t' -> writer.write("\\t");
                        default -> {
                            if (c < 0x20) {
                                writer.write(String.format("\\u%04x", (int) c));
                            } else {
                                writer.write(c);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.hotelagent.perf.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Pulls the metric names out of a PromQL expression (as written in alert rules and Grafana panels). */
final class PromQl {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LISTS = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLES = Pattern.compile("\\$\\{?\\w+}?");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern FUNCTION_CALL = Pattern.compile("\\s*\\(");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan");

    private PromQl() {
    }

    /** Metric names and recording-rule names (those contain ':') the expression reads. */
    static Set<String> metricNames(String expression) {
        var text = VARIABLES.matcher(STRING.matcher(expression).replaceAll("\"\"")).replaceAll("");
        text = RANGES.matcher(LABEL_LISTS.matcher(MATCHERS.matcher(text).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        var names = new TreeSet<String>();
        var identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            var name = identifier.group();
            var followedByCall = FUNCTION_CALL.matcher(text).region(identifier.end(), text.length()).lookingAt();
            if (!followedByCall && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }
}

package gx.zhicheng;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.mocks.MockedProvince;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.BeanDefinition;
import org.apache.camel.model.FromDefinition;
import org.apache.camel.model.Model;
import org.apache.camel.model.OptionalIdentifiedDefinition;
import org.apache.camel.model.PolicyDefinition;
import org.apache.camel.model.RemoveHeaderDefinition;
import org.apache.camel.model.RemovePropertyDefinition;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.SetHeaderDefinition;
import org.apache.camel.model.SetPropertyDefinition;
import org.apache.camel.model.language.ExpressionDefinition;
import org.apache.camel.model.language.MethodCallExpression;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every name a route of routes/ uses exists, checked on the route definitions of the started CamelContext (the routes
 * as Camel loaded them from the jar's classpath:routes/, templates made into routes with their parameters): each bean
 * (bean, method call, policy, executor service, redelivery processor) is a bean of the Spring context and each bean
 * method a public method of it; each exchange property a route sets or reads, and each {@code zhicheng...} word in
 * it, is a value of {@link FlowKeys}; each header a route names is one of FlowKeys or Camel's; each {@code direct:}
 * or {@code seda:} endpoint a route or the Java code sends to is consumed by a route. A misspelt name fails here,
 * naming the file and the route, instead of in a run. FlowKeys' names follow its naming rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "camel.main.routes-collector-enabled=false")
class RoutesNameWhatExistsTest {

    private static final Logger log = LoggerFactory.getLogger(RoutesNameWhatExistsTest.class);

    private static final Pattern PROPERTY = Pattern.compile("exchangeProperty(?:\\.|\\[['\"]?)(\\w+)");
    private static final Pattern HEADER = Pattern.compile("\\$\\{(?:in\\.)?headers?(?:\\.|\\[['\"]?)(\\w+)");
    private static final Pattern FLOW_WORD = Pattern.compile("\\bzhicheng[A-Z]\\w*");
    private static final Pattern ENDPOINT = Pattern.compile("\\b(?:direct|seda):[\\w.-]+");
    private static final Pattern BEAN_URI = Pattern.compile("^bean:([\\w.-]+)(?:\\?method=([\\w]+))?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([\\w.-]+)}}");
    private static final Pattern TEMPLATED_ROUTE_ID = Pattern.compile("(?m)^\\s+routeId:\\s*[\"']?([\\w.-]+)");
    private static final Pattern JAVA_ENDPOINT = Pattern.compile("\"((?:direct|seda):[\\w.-]+)");

    @DynamicPropertySource
    static void province(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
    }

    @Autowired
    ApplicationContext spring;

    /** One thing a route names, where it names it. */
    record Name(String kind, String value, String method, String where) {}

    @Test
    void everyBeanMethodPropertyHeaderAndEndpointARouteNamesExists() throws Exception {
        List<Name> names = new ArrayList<>();
        Set<String> files = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        int routeCount;
        try (DefaultCamelContext routes = new DefaultCamelContext()) {
            Map<String, String> declaredIn = load(routes, files);
            Model model = routes.getCamelContextExtension().getContextPlugin(Model.class);
            for (RouteDefinition route : model.getRouteDefinitions()) {
                String where = where(route, model, declaredIn);
                collect(route, route.getTemplateParameters(), where, names);
                if (route.getDescription() == null || route.getDescription().isBlank()) {
                    problems.add(where + ": no description");
                }
            }
            routeCount = model.getRouteDefinitions().size();
            for (RouteConfigurationDefinition configuration : model.getRouteConfigurationDefinitions()) {
                collect(configuration, null, location(configuration.getResource()) + " routeConfiguration "
                        + configuration.getId(), names);
            }
        }

        Set<String> consumed = names.stream().filter(n -> n.kind().equals("consumes")).map(Name::value)
                .collect(Collectors.toSet());
        Set<String> flowKeys = flowKeys().keySet();
        // a name read by several getters of one node counts once; a misspelt property is not reported again as a word
        Set<Name> distinct = new LinkedHashSet<>(names);
        Set<List<String>> propertiesAndHeaders = distinct.stream().filter(n -> !n.kind().equals("word"))
                .map(n -> List.of(n.value(), n.where())).collect(Collectors.toSet());
        distinct.removeIf(n -> n.kind().equals("word") && propertiesAndHeaders.contains(List.of(n.value(), n.where())));
        for (Name name : distinct) {
            String problem = switch (name.kind()) {
                case "bean" -> spring.containsBean(name.value()) ? null : "no bean '" + name.value() + "' in the Spring context";
                case "method" -> method(name.value(), name.method());
                case "property" -> flowKeys.contains(name.value()) || name.value().startsWith("Camel") ? null
                        : "exchange property '" + name.value() + "' is no value of FlowKeys";
                case "word" -> flowKeys.contains(name.value()) ? null : "'" + name.value() + "' is no value of FlowKeys";
                case "header" -> flowKeys.contains(name.value()) || name.value().startsWith("Camel") ? null
                        : "header '" + name.value() + "' is no value of FlowKeys nor Camel's";
                case "sends" -> consumed.contains(name.value()) ? null : "no route consumes " + name.value();
                default -> null;
            };
            if (problem != null) {
                problems.add(name.where() + ": " + problem);
            }
        }
        for (String sent : javaEndpoints()) {
            if (!consumed.contains(sent)) {
                problems.add("src/main/java sends to " + sent + ", which no route consumes");
            }
        }

        // the check checks something: every file of routes/ loaded, and names of each kind found in them
        try (Stream<Path> listed = Files.list(Path.of("routes"))) {
            assertThat(files).as("the route files Camel loaded")
                    .isEqualTo(listed.map(f -> "routes/" + f.getFileName()).collect(Collectors.toCollection(TreeSet::new)));
        }
        Map<String, Long> counts = new LinkedHashSet<>(names).stream().collect(Collectors.groupingBy(Name::kind, Collectors.counting()));
        log.info("Checked {} names of {} routes in {} route files: {}; {} direct: endpoints named in src/main/java", counts.values().stream().mapToLong(Long::longValue).sum(),
                routeCount, files.size(), new TreeMap<>(counts), javaEndpoints().size());
        assertThat(routeCount).as("routes loaded").isGreaterThan(20);
        assertThat(counts).as("names of each kind the routes name").containsKeys("bean", "method", "property", "word",
                "sends", "consumes");
        assertThat(counts.get("method")).isGreaterThan(20);
        assertThat(counts.get("property")).isGreaterThan(5);
        assertThat(counts.get("sends")).isGreaterThan(15);
        assertThat(problems).as("names the routes use that do not exist").isEmpty();
    }

    /** The naming rule of FlowKeys' javadoc: zhicheng + the constant's words in CamelCase, each name once. */
    @Test
    void flowKeysFollowTheirNamingRule() {
        Map<String, String> keys = flowKeys();
        assertThat(keys).hasSizeGreaterThan(20);
        keys.forEach((value, constant) -> assertThat(value).as(constant).isEqualTo("zhicheng" + Arrays.stream(constant.split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase()).collect(Collectors.joining())));
    }

    /** FlowKeys' values and the names of their constants; a value given twice fails. */
    private static Map<String, String> flowKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Field field : FlowKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String earlier = keys.put((String) field.get(null), field.getName());
                    assertThat(earlier).as("two constants of FlowKeys with the value of " + field.getName()).isNull();
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    private String method(String bean, String method) {
        if (!spring.containsBean(bean)) {
            return "no bean '" + bean + "' in the Spring context";
        }
        Class<?> type = spring.getType(bean);
        String name = method.contains("(") ? method.substring(0, method.indexOf('(')) : method;
        boolean found = type != null && Arrays.stream(type.getMethods())
                .anyMatch(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers()));
        return found ? null : "bean '" + bean + "' (" + (type == null ? "?" : type.getSimpleName()) + ") has no public method '"
                + name + "'";
    }

    /**
     * Walks a definition and everything below it (outputs, expressions, when/otherwise, catch clauses, onException...)
     * through the model's getters, and notes what each node names. Template parameters are put in first.
     */
    private static void collect(Object root, Map<String, Object> parameters, String where, List<Name> names) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Object node = todo.remove(todo.size() - 1);
            if (node == null || !seen.add(node)) {
                continue;
            }
            named(node, parameters, where, names);
            for (Method getter : node.getClass().getMethods()) {
                if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getParent")
                        || !(isModel(getter.getReturnType()) || Collection.class.isAssignableFrom(getter.getReturnType()))) {
                    continue;
                }
                Object value;
                try {
                    value = getter.invoke(node);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                if (value instanceof Collection<?> many) {
                    many.stream().filter(v -> v != null && isModel(v.getClass())).forEach(todo::add);
                } else if (value != null) {
                    todo.add(value);
                }
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith("org.apache.camel.model.");
    }

    /** What one node of the model names. */
    private static void named(Object node, Map<String, Object> parameters, String where, List<Name> names) {
        if (node instanceof BeanDefinition bean && bean.getRef() != null) {
            names.add(new Name("bean", resolve(bean.getRef(), parameters), null, where));
            if (bean.getMethod() != null) {
                names.add(new Name("method", resolve(bean.getRef(), parameters), resolve(bean.getMethod(), parameters), where));
            }
        }
        if (node instanceof MethodCallExpression call && call.getRef() != null) {
            names.add(new Name("bean", resolve(call.getRef(), parameters), null, where));
            if (call.getMethod() != null) {
                names.add(new Name("method", resolve(call.getRef(), parameters), resolve(call.getMethod(), parameters), where));
            }
        }
        if (node instanceof PolicyDefinition policy && policy.getRef() != null) {
            names.add(new Name("bean", resolve(policy.getRef(), parameters), null, where));
        }
        if (node instanceof SetPropertyDefinition set) {
            names.add(new Name("property", resolve(set.getName(), parameters), null, where));
        }
        if (node instanceof RemovePropertyDefinition remove) {
            names.add(new Name("property", resolve(remove.getName(), parameters), null, where));
        }
        if (node instanceof SetHeaderDefinition set) {
            names.add(new Name("header", resolve(set.getName(), parameters), null, where));
        }
        if (node instanceof RemoveHeaderDefinition remove) {
            names.add(new Name("header", resolve(remove.getName(), parameters), null, where));
        }
        if (node instanceof ExpressionDefinition expression && expression.getExpression() != null) {
            String text = resolve(expression.getExpression(), parameters);
            String language = expression.getLanguage();
            if ("exchangeProperty".equals(language)) {
                names.add(new Name("property", text, null, where));
            } else if ("header".equals(language)) {
                names.add(new Name("header", text, null, where));
            }
            find(PROPERTY, text, "property", where, names);
            find(HEADER, text, "header", where, names);
        }
        if (node instanceof FromDefinition from) {
            String uri = resolve(from.getUri(), parameters);
            Matcher endpoint = ENDPOINT.matcher(uri);
            if (endpoint.lookingAt()) {
                names.add(new Name("consumes", endpoint.group(), null, where));
            }
        }
        // every text of the node: endpoints it sends to (to, a bean method's argument...), bean: URIs, the flow's words
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || getter.getReturnType() != String.class || !getter.getName().startsWith("get")
                    || getter.getName().equals("getId") || getter.getName().equals("getDescription")) {
                continue;
            }
            String text;
            try {
                text = (String) getter.invoke(node);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (text == null) {
                continue;
            }
            text = resolve(text, parameters);
            if (getter.getName().equals("getExecutorService") || getter.getName().equals("getOnRedeliveryRef")
                    || getter.getName().equals("getOnExceptionOccurredRef")) {
                names.add(new Name("bean", text, null, where));
            }
            if (!(node instanceof FromDefinition)) {
                find(ENDPOINT, text, "sends", where, names);
            }
            Matcher bean = BEAN_URI.matcher(text);
            if (node instanceof OptionalIdentifiedDefinition<?> && getter.getName().equals("getUri") && bean.lookingAt()) {
                names.add(new Name("bean", bean.group(1), null, where));
                if (bean.group(2) != null) {
                    names.add(new Name("method", bean.group(1), bean.group(2), where));
                }
            }
            find(FLOW_WORD, text, "word", where, names);
        }
    }

    private static void find(Pattern pattern, String text, String kind, String where, List<Name> names) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            names.add(new Name(kind, m.groupCount() > 0 ? m.group(1) : m.group(), null, where));
        }
    }

    /** A text with the route template's parameters put in ({{name}}); other placeholders (settings) stay. */
    private static String resolve(String text, Map<String, Object> parameters) {
        if (text == null || parameters == null || parameters.isEmpty()) {
            return text;
        }
        String resolved = text;
        for (int depth = 0; depth < 5; depth++) {
            Matcher m = PLACEHOLDER.matcher(resolved);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object value = parameters.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
            }
            m.appendTail(out);
            if (out.toString().equals(resolved)) {
                break;
            }
            resolved = out.toString();
        }
        return resolved;
    }

    /**
     * The routes of routes/ as the jar holds them (classpath:routes/*.yaml, the files RouteSources gives Camel), loaded by
     * Camel's YAML loader into a context that is never started: a misspelt bean method would stop a started one before
     * this check could say where it is. Answers the file each templated route is declared in, by its route id.
     */
    private static Map<String, String> load(DefaultCamelContext camel, Set<String> files) throws IOException {
        List<Resource> resources = new ArrayList<>();
        Map<String, String> declaredIn = new LinkedHashMap<>();
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath*:routes/*.yaml")) {
            Resource resource = ResourceHelper.resolveResource(camel, "classpath:routes/" + file.getFilename());
            resources.add(resource);
            files.add(location(resource));
            Matcher routeId = TEMPLATED_ROUTE_ID.matcher(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            while (routeId.find()) {
                declaredIn.put(routeId.group(1), location(resource));
            }
        }
        try {
            PluginHelper.getRoutesLoader(camel).loadRoutes(resources.toArray(Resource[]::new));
        } catch (Exception e) {
            throw new AssertionError("the routes of routes/ do not load: " + e.getMessage(), e);
        }
        return declaredIn;
    }

    /** Where a route is declared: its file and id; a route made from a template also names the template and its file. */
    private static String where(RouteDefinition route, Model model, Map<String, String> declaredIn) {
        if (route.getResource() != null) {
            return location(route.getResource()) + " route " + route.getRouteId();
        }
        String from = route.getInput() == null ? null : route.getInput().getUri();
        String template = model.getRouteTemplateDefinitions().stream()
                .filter(t -> t.getRoute() != null && t.getRoute().getInput() != null && t.getRoute().getInput().getUri().equals(from))
                .map(t -> " (template " + t.getId() + " of " + location(t.getResource()) + ")").findFirst().orElse("");
        return declaredIn.getOrDefault(route.getRouteId(), "?") + " route " + route.getRouteId() + template;
    }

    private static String location(Resource resource) {
        if (resource == null) {
            return "?";
        }
        String location = resource.getLocation();
        return "routes/" + location.substring(location.lastIndexOf('/') + 1);
    }

    /** The direct: and seda: endpoints the Java code of src/main sends to (FlowGateway's callers, the token, jobs). */
    private static Set<String> javaEndpoints() throws IOException {
        Set<String> endpoints = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_ENDPOINT.matcher(Files.readString(file));
                while (m.find()) {
                    endpoints.add(m.group(1));
                }
            }
        }
        assertThat(endpoints).as("direct: endpoints named in src/main/java").hasSizeGreaterThan(3);
        return endpoints;
    }
}

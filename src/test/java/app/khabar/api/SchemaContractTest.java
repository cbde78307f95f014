package app.khabar.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Fails when the served schema drifts from the public contract (test resource contract.graphql, a copy of
 * shared/api/contract.graphql): every type, field, argument, nullability, enum value and interface must be served.
 */
@QuarkusTest
class SchemaContractTest {

    record Field(String type, Map<String, String> arguments) {
    }

    record TypeShape(String kind, List<String> interfaces, Map<String, Field> fields) {
    }

    @Test
    void servedSchemaHasEveryContractTypeFieldAndArgument() throws IOException {
        Map<String, TypeShape> contract;
        try (InputStream in = getClass().getResourceAsStream("/contract.graphql")) {
            contract = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Map<String, TypeShape> served = parse(given().get("/graphql/schema.graphql").then().statusCode(200)
                .extract().asString());
        List<String> differences = new ArrayList<>();
        contract.forEach((name, shape) -> {
            TypeShape actual = served.get(name);
            if (actual == null) {
                differences.add("missing " + shape.kind() + " " + name);
                return;
            }
            for (String iface : shape.interfaces()) {
                if (!actual.interfaces().contains(iface)) {
                    differences.add(name + " does not implement " + iface);
                }
            }
            shape.fields().forEach((fieldName, field) -> {
                Field servedField = actual.fields().get(fieldName);
                if (servedField == null) {
                    differences.add("missing " + name + "." + fieldName);
                    return;
                }
                if (!servedField.type().equals(field.type())) {
                    differences.add(name + "." + fieldName + " is " + servedField.type() + ", contract says "
                            + field.type());
                }
                field.arguments().forEach((arg, type) -> {
                    if (!type.equals(servedField.arguments().get(arg))) {
                        differences.add(name + "." + fieldName + "(" + arg + ") is "
                                + servedField.arguments().get(arg) + ", contract says " + type);
                    }
                });
            });
        });
        assertEquals(List.of(), differences);
    }

    /** The same reading of SDL as shared/api/check-contract.py. */
    static Map<String, TypeShape> parse(String sdl) {
        String stripped = sdl.replaceAll("\"\"\"[\\s\\S]*?\"\"\"", "")
                .replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "")
                .replaceAll("#[^\\n]*", "")
                .replaceAll("@\\w+(\\([^)]*\\))?", "");
        Map<String, TypeShape> types = new LinkedHashMap<>();
        Matcher type = Pattern.compile("\\b(type|interface|enum|input)\\s+(\\w+)\\s*(?:implements\\s+([\\w\\s&,]+?))?"
                + "\\s*\\{([^}]*)\\}").matcher(stripped);
        while (type.find()) {
            Map<String, Field> fields = new HashMap<>();
            if (type.group(1).equals("enum")) {
                for (String value : type.group(4).trim().split("\\s+")) {
                    fields.put(value, new Field("", Map.of()));
                }
            } else {
                Matcher field = Pattern.compile("(\\w+)\\s*(?:\\(([^)]*)\\))?\\s*:\\s*([\\w!\\[\\]]+)")
                        .matcher(type.group(4));
                while (field.find()) {
                    Map<String, String> arguments = new HashMap<>();
                    if (field.group(2) != null) {
                        Matcher arg = Pattern.compile("(\\w+)\\s*:\\s*([\\w!\\[\\]]+)").matcher(field.group(2));
                        while (arg.find()) {
                            arguments.put(arg.group(1), arg.group(2));
                        }
                    }
                    fields.put(field.group(1), new Field(field.group(3), arguments));
                }
            }
            List<String> interfaces = type.group(3) == null ? List.of()
                    : List.of(type.group(3).trim().split("[\\s&,]+"));
            types.put(type.group(2), new TypeShape(type.group(1), interfaces, fields));
        }
        return types;
    }
}

package org.sitegen.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the plain maps Freemarker templates read: records stop at this boundary. */
final class Model {
    private Model() {
    }

    static Map<String, Object> of(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}

package org.sitegen.render;

import java.util.Map;

/** Where rendered pages go: the page type names the template, the path is relative to the output root. */
public interface PageSink {
    void write(String outputPath, String pageType, Map<String, Object> model) throws Exception;

    /** Writes a file that needs no template (the search index, a script from a library). */
    void writeFile(String outputPath, String content) throws Exception;
}

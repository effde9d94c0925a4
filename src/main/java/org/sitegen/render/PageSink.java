package org.sitegen.render;

import org.sitegen.render.view.PageView;

/** Where rendered pages go: the view's type names the template, the path is relative to the output root. */
public interface PageSink {
    void write(String outputPath, PageView view) throws Exception;

    /** Writes a file that needs no template (the search index, a script from a library). */
    void writeFile(String outputPath, String content) throws Exception;
}

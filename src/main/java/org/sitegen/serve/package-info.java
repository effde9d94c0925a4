/**
 * Live preview: serve the built site on 127.0.0.1 (Jetty), rebuild on changes ({@link org.sitegen.serve.ChangeWatcher},
 * {@link org.sitegen.serve.RebuildLoop}), and push each build's outcome to open pages over server-sent events: a
 * reload after a good build, an error overlay after a failed one.
 */
package org.sitegen.serve;

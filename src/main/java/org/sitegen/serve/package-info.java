/** Live preview: serve the built site on 127.0.0.1, rebuild on changes, reload open pages. */
package org.sitegen.serve;

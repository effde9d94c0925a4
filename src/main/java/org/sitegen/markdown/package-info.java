/** Stage 1b, render: Markdown to HTML with one Flexmark configuration, plus what later stages check. */
package org.sitegen.markdown;
